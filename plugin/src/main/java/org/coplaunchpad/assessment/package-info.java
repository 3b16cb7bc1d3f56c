/**
 * The rules that turn a checklist's answers into a verdict, as the seed weighs them: item states, the five
 * recommendations' shares, the score, the fundamental gates and the quorum. Pure functions over plain values (no
 * Confluence, Active Objects, servlet or Spring type), so every rule is a unit test; the dashboard, the overview and
 * the CSV read the same {@link org.coplaunchpad.assessment.Assessment} and turn its reasons into texts.
 */
package org.coplaunchpad.assessment;
