/*
 * Readiness checklist: posts each answer (yes, partly, no, I don't know, or cleared) and each reason to the app's
 * servlet with the page's XSRF token, shows it at once, and rolls the radios and the reason back with an AUI flag
 * when the server refuses it. The last state the server confirmed is kept on each item (data-answer, and the
 * shown reason), so a refusal goes back to exactly that; a reason the server refused stays in its field. A checklist
 * has one reason editor, which the script moves under the item whose reason is edited (one at a time).
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

    /** The parts of one item, found from its list element. */
    function parts(item) {
        var radios = item.querySelectorAll('input[type="radio"][data-item]');
        var name = radios[0].name;
        return {
            key: radios[0].getAttribute('data-item'),
            name: name,
            radios: radios,
            status: document.getElementById(name + '-status'),
            reason: document.getElementById(name + '-reason'),
            reasonText: item.querySelector('.cop-checklist__reason-text'),
            actions: item.querySelector('.cop-checklist__actions'),
            toggle: item.querySelector('[data-action="open-reason"]'),
            clear: item.querySelector('[data-action="clear"]')
        };
    }

    /**
     * The checklist's one reason editor (there is none in read-only mode): the page has a single one per checklist,
     * which the script moves under the item whose reason is being edited.
     */
    function editorOf(checklist) {
        var element = checklist.querySelector('.cop-checklist__reason-editor');
        return element && {
            element: element,
            input: element.querySelector('.cop-checklist__reason-input'),
            count: element.querySelector('.cop-checklist__reason-count'),
            remove: element.querySelector('[data-action="delete-reason"]')
        };
    }

    /** The item whose reason the editor is open for, or null while it is closed. */
    function editedItem(editor) {
        return editor && !editor.element.hidden ? editor.element.closest('.cop-checklist__item') : null;
    }

    function checkedAnswer(item) {
        var checked = item.querySelector('input[type="radio"][data-item]:checked');
        return checked ? checked.value : 'none';
    }

    function showAnswer(item, answer) {
        parts(item).radios.forEach(function (radio) {
            radio.checked = radio.value === answer;
        });
    }

    /** What the controls show for an answer and a reason: clearing and reasons only once there is an answer. */
    function showControls(checklist, item, answer, reason) {
        var p = parts(item);
        if (p.toggle) {
            p.toggle.hidden = answer === 'none';
            p.toggle.textContent = checklist.getAttribute(reason ? 'data-edit-reason-text' : 'data-add-reason-text');
        }
        if (p.clear) {
            p.clear.hidden = answer === 'none';
        }
        var editor = editorOf(checklist);
        if (editedItem(editor) === item) {
            editor.remove.hidden = !reason;
        }
    }

    function confirmedReason(item) {
        var p = parts(item);
        return p.reason && !p.reason.hidden ? p.reasonText.textContent : '';
    }

    function showReason(item, reason) {
        var p = parts(item);
        p.reasonText.textContent = reason;
        p.reason.hidden = !reason;
    }

    function countReason(checklist) {
        var editor = editorOf(checklist);
        // Code points, as the server counts them (the field's value already has its line breaks as LF).
        var length = Array.from(editor.input.value).length;
        editor.count.textContent = checklist.getAttribute('data-reason-count-template').replace('{0}', String(length));
        editor.count.classList.toggle('is-over', length > Number(editor.input.getAttribute('maxlength')));
    }

    /**
     * Opens the editor under the item, filled with its saved reason (leaving any other item's edit, as cancel does),
     * and puts the focus in its field, which is described by its counter and by the item's question.
     */
    function openEditor(checklist, item) {
        var editor = editorOf(checklist);
        var current = editedItem(editor);
        if (current && current !== item) {
            closeEditor(checklist, current, false);
        }
        var p = parts(item);
        var reason = confirmedReason(item);
        p.actions.after(editor.element);
        editor.input.value = reason;
        editor.input.setAttribute('aria-describedby', editor.count.id + ' ' + p.name + '-label');
        editor.remove.hidden = !reason;
        countReason(checklist);
        editor.element.hidden = false;
        p.toggle.setAttribute('aria-expanded', 'true');
        editor.input.focus();
    }

    /** Closes the editor if it is open for the item, the focus back on the item's toggle when asked. */
    function closeEditor(checklist, item, focusToggle) {
        var editor = editorOf(checklist);
        if (editedItem(editor) !== item) {
            return;
        }
        var p = parts(item);
        editor.element.hidden = true;
        p.toggle.setAttribute('aria-expanded', 'false');
        if (focusToggle && !p.toggle.hidden) {
            p.toggle.focus();
        }
    }

    /** The server's state of the item: its answer, its reason (when the answer carries one), its status text. */
    function showState(checklist, item, state) {
        var answer = typeof state.answer === 'string' ? state.answer : 'none';
        item.setAttribute('data-answer', answer);
        showAnswer(item, answer);
        if (state.comment !== undefined) {
            showReason(item, state.comment || '');
        }
        if (answer === 'none') {
            closeEditor(checklist, item, false);
        }
        showControls(checklist, item, answer, confirmedReason(item));
        var status = parts(item).status;
        if (status && typeof state.status === 'string') {
            status.textContent = '';
            if (typeof state.at === 'string' && state.at) {
                var time = document.createElement('time');
                time.setAttribute('datetime', state.at);
                time.textContent = state.status;
                status.appendChild(time);
            } else {
                status.textContent = state.status;
            }
        }
    }

    /** Share of the shown items answered (any of the four answers): the viewer's own, or the team's. */
    function updateProgress(checklist) {
        var items = checklist.querySelectorAll('.cop-checklist__item');
        var answered = checklist.querySelectorAll('.cop-checklist__item input[type="radio"][data-item]:checked').length;
        var percent = items.length ? Math.round(100 * answered / items.length) : 0;
        var value = checklist.querySelector('.cop-checklist__bar-value');
        var bar = checklist.querySelector('.cop-checklist__bar');
        var text = checklist.querySelector('.cop-checklist__progress-text');
        var template = text ? text.getAttribute('data-template') : '';
        var said = template ? template.replace('{0}', String(answered)).replace('{1}', String(items.length)) : '';
        if (value && bar) {
            value.style.width = percent + '%';
            bar.setAttribute('aria-valuenow', String(percent));
            if (said) {
                bar.setAttribute('aria-label', said);
            }
        }
        if (text && said) {
            text.textContent = said;
        }
    }

    function post(checklist, itemKey, fields) {
        var body = new URLSearchParams();
        body.set('spaceKey', checklist.getAttribute('data-space-key'));
        body.set('pageId', checklist.getAttribute('data-page-id'));
        body.set('checklist', checklist.getAttribute('data-checklist'));
        body.set('item', itemKey);
        Object.keys(fields).forEach(function (name) {
            body.set(name, fields[name]);
        });
        body.set('atl_token', meta('atlassian-token'));
        return fetch(contextPath() + SERVLET, {
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
        });
    }

    /**
     * Sends one change of an item after the ones before it (so that they reach the server in the order they were
     * made), keeping the item marked as saving until the last one is answered.
     */
    function send(checklist, item, fields, onSaved, onRefused) {
        var pending = (Number(item.getAttribute('data-pending')) || 0) + 1;
        item.setAttribute('data-pending', String(pending));
        item.classList.add('is-saving');
        var previous = item.copQueue || Promise.resolve();
        item.copQueue = previous.then(function () {
            return post(checklist, parts(item).key, typeof fields === 'function' ? fields() : fields)
                .then(onSaved, function (error) {
                    onRefused();
                    flagError(checklist.getAttribute('data-refused-text') + ' ' + error.message);
                });
        }).then(function () {
            var left = Number(item.getAttribute('data-pending')) - 1;
            item.setAttribute('data-pending', String(left));
            if (left === 0) {
                item.classList.remove('is-saving');
            }
            updateProgress(checklist);
        });
    }

    function answer(checklist, item, value) {
        showAnswer(item, value);
        showControls(checklist, item, value, confirmedReason(item));
        updateProgress(checklist);
        send(checklist, item, {answer: value}, function (state) {
            showState(checklist, item, state);
        }, function () {
            var confirmed = item.getAttribute('data-answer');
            showAnswer(item, confirmed);
            showControls(checklist, item, confirmed, confirmedReason(item));
        });
    }

    function clearAnswer(checklist, item) {
        var first = parts(item).radios[0];
        answer(checklist, item, 'none');
        first.focus();
    }

    /** Saves the typed reason (or deletes it with an empty one), with the answer the item has then. */
    function saveReason(checklist, item, reason) {
        var shownBefore = confirmedReason(item);
        showReason(item, reason);
        send(checklist, item, function () {
            return {answer: checkedAnswer(item), comment: reason};
        }, function (state) {
            showState(checklist, item, state);
            closeEditor(checklist, item, true);
        }, function () {
            // What was typed goes back into the field, to be shortened or saved again; the page shows what is stored.
            // Unless the member has meanwhile opened the editor for another item: what they type there is kept.
            showReason(item, shownBefore);
            var editor = editorOf(checklist);
            var current = editedItem(editor);
            if (current && current !== item) {
                return;
            }
            if (!current) {
                openEditor(checklist, item);
            }
            editor.input.value = reason;
            countReason(checklist);
            editor.input.focus();
        });
    }

    /** Leaves the editor without saving: the item keeps its saved reason, and the focus goes back to its toggle. */
    function cancelReason(checklist, item) {
        closeEditor(checklist, item, true);
    }

    document.addEventListener('change', function (event) {
        var radio = event.target;
        if (!radio.matches || !radio.matches('.cop-checklist input[type="radio"][data-item]')) {
            return;
        }
        var checklist = radio.closest('.cop-checklist');
        var item = radio.closest('.cop-checklist__item');
        if (checklist.getAttribute('data-read-only') === 'true') {
            showAnswer(item, item.getAttribute('data-answer'));
            return;
        }
        answer(checklist, item, radio.value);
    });

    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('.cop-checklist [data-action]') : null;
        if (!button) {
            return;
        }
        var checklist = button.closest('.cop-checklist');
        var item = button.closest('.cop-checklist__item');
        if (checklist.getAttribute('data-read-only') === 'true') {
            return;
        }
        var editor = editorOf(checklist);
        switch (button.getAttribute('data-action')) {
            case 'clear':
                clearAnswer(checklist, item);
                break;
            case 'open-reason':
                if (editedItem(editor) === item) {
                    closeEditor(checklist, item, true);
                } else {
                    openEditor(checklist, item);
                }
                break;
            case 'save-reason':
                saveReason(checklist, item, editor.input.value);
                break;
            case 'delete-reason':
                saveReason(checklist, item, '');
                break;
            case 'cancel-reason':
                cancelReason(checklist, item);
                break;
            default:
                break;
        }
    });

    document.addEventListener('input', function (event) {
        var input = event.target;
        if (input.matches && input.matches('.cop-checklist .cop-checklist__reason-input')) {
            countReason(input.closest('.cop-checklist'));
        }
    });

    // Escape in the reason's field is cancel, as in a dialog: nothing saved, the focus back on the item's toggle.
    document.addEventListener('keydown', function (event) {
        var input = event.target;
        if (event.key !== 'Escape' || !input.matches || !input.matches('.cop-checklist .cop-checklist__reason-input')) {
            return;
        }
        var item = input.closest('.cop-checklist__item');
        if (item) {
            event.preventDefault();
            cancelReason(input.closest('.cop-checklist'), item);
        }
    });
}());
