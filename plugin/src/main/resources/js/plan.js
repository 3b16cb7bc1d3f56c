/*
 * Action plans, on the dashboard and on the page: an open action is overdue once its due day has ended in the
 * viewer's own time zone. The server marks it against UTC (what shows without this script); this redoes it against
 * the browser's today, so an action due today is never shown overdue to someone whose day is not over.
 */
(function () {
    'use strict';
    function pad(n) {
        return (n < 10 ? '0' : '') + n;
    }
    function today() {
        var now = new Date();
        return now.getFullYear() + '-' + pad(now.getMonth() + 1) + '-' + pad(now.getDate());
    }
    document.addEventListener('DOMContentLoaded', function () {
        var day = today();
        Array.prototype.forEach.call(document.querySelectorAll(
                '.cop-dashboard__action[data-due], .cop-decision__action[data-due]'), function (action) {
            // Both are YYYY-MM-DD: as strings they compare as days do.
            var overdue = action.getAttribute('data-status') === 'open' && action.getAttribute('data-due') < day;
            action.setAttribute('data-overdue', overdue ? 'true' : 'false');
            Array.prototype.forEach.call(action.querySelectorAll('.cop-dashboard__overdue, .cop-decision__overdue'),
                function (mark) {
                    mark.hidden = !overdue;
                });
        });
    });
}());
