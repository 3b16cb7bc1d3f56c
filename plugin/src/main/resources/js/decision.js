/*
 * The decision macro's plan: the owner of an action (or a space administrator) marks it done or reopens it from the
 * page. The forms post to the app's servlet below Confluence's context path with the page's XSRF token, both known
 * only in the browser (a macro renders without the request), so the forms stay hidden until this script sets them.
 */
(function () {
    'use strict';
    function meta(name) {
        var element = document.querySelector('meta[name="' + name + '"]');
        return element ? element.getAttribute('content') : null;
    }
    document.addEventListener('DOMContentLoaded', function () {
        var token = meta('atlassian-token');
        var contextPath = meta('ajs-context-path') || '';
        if (!token) {
            return;
        }
        Array.prototype.forEach.call(document.querySelectorAll('form.cop-decision__action-form[data-servlet]'),
            function (form) {
                form.setAttribute('action', contextPath + form.getAttribute('data-servlet'));
                form.querySelector('input[name="atl_token"]').value = token;
                form.hidden = false;
            });
    });
}());
