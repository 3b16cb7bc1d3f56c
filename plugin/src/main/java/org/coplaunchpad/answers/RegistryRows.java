package org.coplaunchpad.answers;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The registry's rows on a given ActiveObjects, without transactions of their own: {@link RegistryStore} runs them
 * in its transactions, and the upgrade task on the ActiveObjects the AO plugin hands it (the service itself is not
 * ready while upgrade tasks run).
 */
final class RegistryRows {
    private final ActiveObjects ao;

    RegistryRows(ActiveObjects ao) {
        this.ao = ao;
    }

    List<RegisteredPage> ofSpace(String spaceKey) {
        return rows(Query.select().where("SPACE_KEY = ?", spaceKey).order("ID ASC"));
    }

    /** The registered pages of several spaces (of every space when {@code spaceKeys} is empty), by registration. */
    List<RegisteredPage> ofSpaces(java.util.Collection<String> spaceKeys) {
        if (spaceKeys.isEmpty()) {
            return rows(Query.select().order("ID ASC"));
        }
        Object[] keys = spaceKeys.toArray();
        return rows(Query.select().where("SPACE_KEY IN (" + String.join(", ", java.util.Collections.nCopies(keys.length, "?"))
                + ")", keys).order("ID ASC"));
    }

    List<RegisteredPage> ofChecklist(String spaceKey, String checklist) {
        return rows(Query.select().where("SPACE_KEY = ? AND CHECKLIST = ?", spaceKey, checklist).order("ID ASC"));
    }

    List<RegisteredPage> ofPage(long pageId) {
        return rows(Query.select().where("PAGE_ID = ?", pageId).order("ID ASC"));
    }

    boolean has(String spaceKey, String checklist) {
        return ao.count(ChecklistPageEntity.class,
                Query.select().where("SPACE_KEY = ? AND CHECKLIST = ?", spaceKey, checklist)) > 0;
    }

    /**
     * Makes the page's rows exactly {@code checklists}, in its space: a checklist it still carries keeps its row (and
     * so its place in the order of registration), one it no longer carries loses it. Returns whether anything changed.
     */
    boolean replacePage(long pageId, String spaceKey, List<PageChecklist> checklists, Instant now) {
        Map<String, ChecklistPageEntity> existing = new HashMap<>();
        for (ChecklistPageEntity row : ao.find(ChecklistPageEntity.class, Query.select().where("PAGE_ID = ?", pageId))) {
            existing.put(row.getChecklist(), row);
        }
        boolean changed = false;
        for (PageChecklist checklist : checklists) {
            ChecklistPageEntity row = existing.remove(checklist.checklist());
            String sections = sections(checklist);
            if (row == null) {
                ao.create(ChecklistPageEntity.class,
                        new DBParam("PAGE_CHECKLIST", pageId + "/" + checklist.checklist()),
                        new DBParam("SPACE_KEY", spaceKey),
                        new DBParam("CHECKLIST", checklist.checklist()),
                        new DBParam("PAGE_ID", pageId),
                        new DBParam("MODE", checklist.mode()),
                        new DBParam("SECTIONS", sections),
                        new DBParam("REVEAL", checklist.reveal()),
                        new DBParam("CONFIDENTIAL", checklist.confidential()),
                        new DBParam("REGISTERED_AT", Date.from(now)));
                changed = true;
            } else if (!row.getSpaceKey().equals(spaceKey) || !row.getMode().equals(checklist.mode())
                    || !sections(row).equals(checklist.sections()) || !checklist.reveal().equals(reveal(row))
                    || row.isConfidential() != checklist.confidential()) {
                row.setSpaceKey(spaceKey);
                row.setMode(checklist.mode());
                row.setSections(sections);
                row.setReveal(checklist.reveal());
                row.setConfidential(checklist.confidential());
                row.save();
                changed = true;
            }
        }
        for (ChecklistPageEntity gone : existing.values()) {
            ao.deleteWithSQL(ChecklistPageEntity.class, "ID = ?", gone.getID());
            changed = true;
        }
        return changed;
    }

    int forgetPageChecklist(long pageId, String checklist) {
        return ao.deleteWithSQL(ChecklistPageEntity.class, "PAGE_CHECKLIST = ?", pageId + "/" + checklist);
    }

    int forgetPage(long pageId) {
        return ao.deleteWithSQL(ChecklistPageEntity.class, "PAGE_ID = ?", pageId);
    }

    int deleteSpace(String spaceKey) {
        return ao.deleteWithSQL(ChecklistPageEntity.class, "SPACE_KEY = ?", spaceKey)
                + ao.deleteWithSQL(RefusedMoveEntity.class, "FROM_SPACE = ? OR TO_SPACE = ?", spaceKey, spaceKey);
    }

    /** Moves a checklist's rows from one space to another; returns the rows moved. */
    int moveChecklist(String checklist, String fromSpace, String toSpace) {
        ChecklistPageEntity[] rows = ao.find(ChecklistPageEntity.class,
                Query.select().where("SPACE_KEY = ? AND CHECKLIST = ?", fromSpace, checklist));
        for (ChecklistPageEntity row : rows) {
            row.setSpaceKey(toSpace);
            row.save();
        }
        return rows.length;
    }

    void recordRefusal(String checklist, String fromSpace, String toSpace, long pageId, Instant now) {
        ao.create(RefusedMoveEntity.class,
                new DBParam("CHECKLIST", checklist),
                new DBParam("FROM_SPACE", fromSpace),
                new DBParam("TO_SPACE", toSpace),
                new DBParam("PAGE_ID", pageId),
                new DBParam("REFUSED_AT", Date.from(now)));
    }

    int forgetRefusals(long pageId) {
        return ao.deleteWithSQL(RefusedMoveEntity.class, "PAGE_ID = ?", pageId);
    }

    /** The refused moves from or to the space, oldest first. */
    List<RefusedMove> refusals(String spaceKey) {
        List<RefusedMove> refusals = new ArrayList<>();
        for (RefusedMoveEntity row : ao.find(RefusedMoveEntity.class,
                Query.select().where("FROM_SPACE = ? OR TO_SPACE = ?", spaceKey, spaceKey).order("ID ASC"))) {
            refusals.add(new RefusedMove(row.getChecklist(), row.getFromSpace(), row.getToSpace(), row.getPageId(),
                    row.getRefusedAt().toInstant()));
        }
        return refusals;
    }

    private List<RegisteredPage> rows(Query query) {
        List<RegisteredPage> pages = new ArrayList<>();
        for (ChecklistPageEntity row : ao.find(ChecklistPageEntity.class, query)) {
            pages.add(page(row.getSpaceKey(), row.getPageId(), row.getChecklist(), row.getMode(), row.getSections(),
                    row.getReveal(), row.isConfidential(), row.getRegisteredAt().toInstant()));
        }
        return pages;
    }

    /** A registered page from its row's columns (here and in {@link SpaceRecordRows}, which reads them with SQL). */
    static RegisteredPage page(String spaceKey, long pageId, String checklist, String mode, String sections,
                               String reveal, boolean confidential, Instant registeredAt) {
        return new RegisteredPage(spaceKey, pageId, new PageChecklist(checklist, mode, sectionList(sections),
                revealOrDefault(reveal), confidential), registeredAt);
    }

    private static String reveal(ChecklistPageEntity row) {
        return revealOrDefault(row.getReveal());
    }

    private static String revealOrDefault(String reveal) {
        return reveal == null || reveal.isBlank() ? PageChecklist.DEFAULT_REVEAL : reveal;
    }

    private static List<String> sections(ChecklistPageEntity row) {
        return sectionList(row.getSections());
    }

    /** Null for "every section": Oracle stores an empty string as null anyway. */
    private static String sections(PageChecklist checklist) {
        return checklist.sections().isEmpty() ? null : String.join(",", checklist.sections());
    }

    private static List<String> sectionList(String sections) {
        return sections == null || sections.isBlank() ? List.of()
                : Arrays.stream(sections.split(",")).map(String::trim).filter(key -> !key.isEmpty()).toList();
    }
}
