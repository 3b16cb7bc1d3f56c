/*
 * Withholds the AJS globals of AUI components that no web resource of this page declared (data-withhold, e.g.
 * "flag" unless com.atlassian.auiplugin:aui-flag is declared): the host loads AUI as one bundle, Confluence serves
 * these components only as declared dependencies (WebResources.WITHHELD_UNLESS_DECLARED says why).
 * AUI's bundle sets window.AJS to its exports, whose properties are getters that cannot be deleted, so AJS becomes
 * a copy of it without the withheld ones.
 */
(function () {
    'use strict';
    var withheld = (document.currentScript.getAttribute('data-withhold') || '').split(' ');
    var aui = window.AJS;
    if (!aui) {
        return;
    }
    var ajs = {};
    Object.getOwnPropertyNames(aui).forEach(function (name) {
        if (withheld.indexOf(name) < 0) {
            Object.defineProperty(ajs, name, Object.getOwnPropertyDescriptor(aui, name));
        }
    });
    window.AJS = ajs;
}());
