/*
 * Readiness checklist: posts each tick to the app's servlet with the page's XSRF token, shows it at once,
 * and rolls the checkbox back with an AUI flag when the server refuses it.
 */
(function () {
    'use strict';

    var SERVLET = '/plugins/servlet/cop-launchpad/answers';

    function meta(name) {
        var element = document.querySelector('meta[name="' + name + '"]');
        return element ? element.getAttribute('content') : '';
    }

    function contextPath() {
        if (window.AJS && typeof window.AJS.contextPath === 'function') {
            return window.AJS.contextPath();
        }
        return meta('ajs-context-path');
    }

    function flagError(message) {
        if (window.AJS && typeof window.AJS.flag === 'function') {
            window.AJS.flag({type: 'error', title: message, close: 'auto'});
        } else {
            window.alert(message);
        }
    }

    /** The server answers with the status text in the member's language; the script only shows it. */
    function showState(checkbox, state) {
        var status = document.getElementById(checkbox.id + '-status');
        if (status && typeof state.status === 'string') {
            status.textContent = state.status;
        }
    }

    function updateProgress(checklist) {
        var boxes = checklist.querySelectorAll('input[data-item]');
        var ticked = checklist.querySelectorAll('input[data-item]:checked').length;
        var percent = boxes.length ? Math.round(100 * ticked / boxes.length) : 0;
        var value = checklist.querySelector('.cop-checklist__bar-value');
        var bar = checklist.querySelector('.cop-checklist__bar');
        if (value && bar) {
            value.style.width = percent + '%';
            bar.setAttribute('aria-valuenow', String(percent));
        }
    }

    function tick(checklist, checkbox) {
        var checked = checkbox.checked;
        var item = checkbox.closest('.cop-checklist__item');
        item.classList.add('is-saving');
        updateProgress(checklist);
        var body = new URLSearchParams();
        body.set('spaceKey', checklist.getAttribute('data-space-key'));
        body.set('pageId', checklist.getAttribute('data-page-id'));
        body.set('checklist', checklist.getAttribute('data-checklist'));
        body.set('item', checkbox.getAttribute('data-item'));
        body.set('checked', String(checked));
        body.set('atl_token', meta('atlassian-token'));
        fetch(contextPath() + SERVLET, {
            method: 'POST',
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8', 'Accept': 'application/json'},
            body: body.toString()
        }).then(function (response) {
            return response.json().catch(function () { return {}; }).then(function (json) {
                if (!response.ok) {
                    throw new Error(json.message || String(response.status));
                }
                return json;
            });
        }).then(function (state) {
            checkbox.checked = state.checked;
            showState(checkbox, state);
        }).catch(function (error) {
            checkbox.checked = !checked;
            flagError(checklist.getAttribute('data-refused-text') + ' ' + error.message);
        }).then(function () {
            item.classList.remove('is-saving');
            updateProgress(checklist);
        });
    }

    document.addEventListener('change', function (event) {
        var checkbox = event.target;
        if (!checkbox.matches || !checkbox.matches('.cop-checklist input[type="checkbox"][data-item]')) {
            return;
        }
        var checklist = checkbox.closest('.cop-checklist');
        if (checklist.getAttribute('data-read-only') === 'true') {
            checkbox.checked = !checkbox.checked;
            return;
        }
        tick(checklist, checkbox);
    });
}());
