/*
 * Launch dashboard: a round's deadline is the end of the chosen day in the administrator's own time zone, so the
 * deadline form sends the zone the browser is in (without this script the server takes UTC). The overview's filter
 * form sends it too: overdue actions are those due before today there.
 */
(function () {
    'use strict';
    var zone = '';
    try {
        zone = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
    } catch (e) {
        zone = '';
    }
    document.addEventListener('DOMContentLoaded', function () {
        Array.prototype.forEach.call(document.querySelectorAll(
                '.cop-dashboard__deadline input[name="zone"], .cop-overview__filter input[name="zone"]'),
            function (input) {
                if (zone) {
                    input.value = zone;
                }
            });
    });
}());
