package org.coplaunchpad.answers;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.coplaunchpad.AppClock;
import org.springframework.stereotype.Component;

/**
 * The action plans of a space's checklists: each action and every change of it (created, reassigned, rescheduled,
 * done, reopened, deleted) in one transaction; a change that changes nothing writes nothing. A deleted action is kept,
 * marked deleted, with its history. Holds no state: on a Data Center cluster, nodes share only the database.
 */
@Component
public class ActionStore {
    private final ActiveObjects ao;
    private final Transactions transactions;
    private final AppClock clock;

    public ActionStore(@ComponentImport ActiveObjects ao, Transactions transactions, AppClock clock) {
        this.ao = ao;
        this.transactions = transactions;
        this.clock = clock;
    }

    public PlannedAction create(NewAction action) {
        return transactions.write("add an action to a plan", () -> {
            LaunchActionEntity row = ao.create(LaunchActionEntity.class, new DBParam("SPACE_KEY", action.spaceKey()),
                    new DBParam("CHECKLIST", action.checklist()), new DBParam("DECISION_ID", action.decisionId()),
                    new DBParam("ROUND_NUMBER", action.roundNumber()),
                    new DBParam("ITEM_KEY", action.itemKey().orElse(null)),
                    new DBParam("CONDITION_TEXT", action.condition().orElse(null)),
                    new DBParam("DESCRIPTION", action.description().isEmpty() ? null : action.description()),
                    new DBParam("OWNER", action.owner()), new DBParam("DUE_DATE", action.due().toString()),
                    new DBParam("STATUS", PlannedAction.OPEN), new DBParam("CREATED_BY", action.createdBy()),
                    new DBParam("CREATED_AT", Date.from(clock.now())));
            change(row.getID(), "created", null, action.owner(), action.createdBy());
            return action(row, history(List.of(row.getID())).getOrDefault(row.getID(), List.of()));
        });
    }

    /** The action, deleted or not, with its history; empty when there is none of that id in that space. */
    public Optional<PlannedAction> find(String spaceKey, int id) {
        return transactions.read("read an action", () -> Arrays.stream(ao.find(LaunchActionEntity.class,
                        Query.select().where("ID = ? AND SPACE_KEY = ?", id, spaceKey))).findFirst()
                .map(row -> action(row, history(List.of(row.getID())).getOrDefault(row.getID(), List.of()))));
    }

    /** A checklist's plan: its actions not deleted, oldest first, with their histories. Two queries. */
    public List<PlannedAction> plan(String spaceKey, String checklist) {
        return transactions.read("read the plan of a checklist", () -> {
            LaunchActionEntity[] rows = ao.find(LaunchActionEntity.class, Query.select()
                    .where("SPACE_KEY = ? AND CHECKLIST = ? AND STATUS <> ?", spaceKey, checklist, PlannedAction.DELETED)
                    .order("ID ASC"));
            Map<Integer, List<PlannedAction.Change>> history = history(Arrays.stream(rows).map(LaunchActionEntity::getID)
                    .toList());
            return Arrays.stream(rows).map(row -> action(row, history.getOrDefault(row.getID(), List.of()))).toList();
        });
    }

    public Optional<PlannedAction> reassign(String spaceKey, int id, String owner, String by) {
        return update(spaceKey, id, row -> {
            if (owner.equals(row.getOwner())) {
                return false;
            }
            change(row.getID(), "reassigned", row.getOwner(), owner, by);
            row.setOwner(owner);
            return true;
        });
    }

    public Optional<PlannedAction> reschedule(String spaceKey, int id, LocalDate due, String by) {
        return update(spaceKey, id, row -> {
            if (due.toString().equals(row.getDueDate())) {
                return false;
            }
            change(row.getID(), "rescheduled", row.getDueDate(), due.toString(), by);
            row.setDueDate(due.toString());
            return true;
        });
    }

    public Optional<PlannedAction> markDone(String spaceKey, int id, String by) {
        return update(spaceKey, id, row -> {
            if (PlannedAction.DONE.equals(row.getStatus())) {
                return false;   // done it was, by whoever did it then
            }
            change(row.getID(), "done", row.getStatus(), PlannedAction.DONE, by);
            row.setStatus(PlannedAction.DONE);
            row.setDoneBy(by);
            row.setDoneAt(Date.from(clock.now()));
            return true;
        });
    }

    public Optional<PlannedAction> reopen(String spaceKey, int id, String by) {
        return update(spaceKey, id, row -> {
            if (PlannedAction.OPEN.equals(row.getStatus())) {
                return false;
            }
            change(row.getID(), "reopened", row.getStatus(), PlannedAction.OPEN, by);
            row.setStatus(PlannedAction.OPEN);
            row.setDoneBy(null);
            row.setDoneAt(null);
            return true;
        });
    }

    public Optional<PlannedAction> delete(String spaceKey, int id, String by) {
        return update(spaceKey, id, row -> {
            change(row.getID(), "deleted", row.getStatus(), PlannedAction.DELETED, by);
            row.setStatus(PlannedAction.DELETED);
            return true;
        });
    }

    /** Per checklist of a space, its open actions and the earliest due day among them: what the summary keeps. */
    public Map<String, OpenActions> openActions(String spaceKey) {
        return transactions.read("read the open actions of a space", () -> opened(ao.find(LaunchActionEntity.class,
                Query.select("ID, SPACE_KEY, CHECKLIST, DUE_DATE").where("STATUS = ? AND SPACE_KEY = ?",
                        PlannedAction.OPEN, spaceKey))).getOrDefault(spaceKey, Map.of()));
    }

    /** The same for every space, by space, in one query (open actions are few: one per unmet item decided on). */
    public Map<String, Map<String, OpenActions>> openActionsOfEverySpace() {
        return transactions.read("read the open actions of every space", () -> opened(ao.find(LaunchActionEntity.class,
                Query.select("ID, SPACE_KEY, CHECKLIST, DUE_DATE").where("STATUS = ?", PlannedAction.OPEN))));
    }

    private static Map<String, Map<String, OpenActions>> opened(LaunchActionEntity[] open) {
        Map<String, Map<String, OpenActions>> opened = new HashMap<>();
        for (LaunchActionEntity action : open) {
            opened.computeIfAbsent(action.getSpaceKey(), space -> new HashMap<>()).merge(action.getChecklist(),
                    new OpenActions(1, Optional.of(LocalDate.parse(action.getDueDate()))), OpenActions::plus);
        }
        return opened;
    }

    /** How many actions of a plan are open, and the earliest day one of them is due (empty: none open). */
    public record OpenActions(int count, Optional<LocalDate> earliestDue) {
        public static final OpenActions NONE = new OpenActions(0, Optional.empty());

        OpenActions plus(OpenActions other) {
            Optional<LocalDate> earliest = earliestDue.isEmpty() ? other.earliestDue : other.earliestDue
                    .filter(due -> due.isBefore(earliestDue.get())).or(() -> earliestDue);
            return new OpenActions(count + other.count, earliest);
        }
    }

    /** Deletes a space's actions and their history; returns the rows deleted. Joins a caller's transaction. */
    int deleteSpace(String spaceKey) {
        return transactions.write("delete the actions of a space", () -> {
            int deleted = 0;
            for (LaunchActionEntity action : ao.find(LaunchActionEntity.class, Query.select("ID")
                    .where("SPACE_KEY = ?", spaceKey))) {
                deleted += ao.deleteWithSQL(ActionChangeEntity.class, "ACTION_ID = ?", action.getID());
            }
            return deleted + ao.deleteWithSQL(LaunchActionEntity.class, "SPACE_KEY = ?", spaceKey);
        });
    }

    /**
     * A removed user: the actions they own stay open without an owner (to be reassigned), and they become "a removed
     * user" wherever the plans name them. Returns the rows changed. Joins a caller's transaction.
     */
    int forgetUser(String userKey) {
        return transactions.write("forget a removed user in the plans", () -> {
            int changed = 0;
            for (LaunchActionEntity action : ao.find(LaunchActionEntity.class, Query.select().where(
                    "OWNER = ? OR DONE_BY = ? OR CREATED_BY = ?", userKey, userKey, userKey))) {
                if (userKey.equals(action.getOwner())) {
                    action.setOwner(null);
                }
                if (userKey.equals(action.getDoneBy())) {
                    action.setDoneBy(null);
                }
                if (userKey.equals(action.getCreatedBy())) {
                    action.setCreatedBy(null);
                }
                action.save();
                changed++;
            }
            for (ActionChangeEntity change : ao.find(ActionChangeEntity.class, Query.select().where(
                    "CHANGED_BY = ? OR OLD_VALUE = ? OR NEW_VALUE = ?", userKey, userKey, userKey))) {
                boolean owners = change.getKind().equals("created") || change.getKind().equals("reassigned");
                if (userKey.equals(change.getChangedBy())) {
                    change.setChangedBy(null);
                }
                if (owners && userKey.equals(change.getOldValue())) {
                    change.setOldValue(null);
                }
                if (owners && userKey.equals(change.getNewValue())) {
                    change.setNewValue(null);
                }
                change.save();
                changed++;
            }
            return changed;
        });
    }

    /**
     * Applies a change to the action, unless it is deleted; {@code change} writes its history row and says whether it
     * changed anything: a change that changes nothing (the same owner, the same day, done again, reopened while open)
     * is no change, with no history row. The action as it is now either way; empty when there is none to change.
     */
    private Optional<PlannedAction> update(String spaceKey, int id, Predicate<LaunchActionEntity> change) {
        return transactions.write("change an action", () -> {
            Optional<LaunchActionEntity> row = Arrays.stream(ao.find(LaunchActionEntity.class, Query.select()
                    .where("ID = ? AND SPACE_KEY = ? AND STATUS <> ?", id, spaceKey, PlannedAction.DELETED))).findFirst();
            row.filter(change).ifPresent(LaunchActionEntity::save);
            return row.map(found -> action(found, history(List.of(found.getID())).getOrDefault(found.getID(), List.of())));
        });
    }

    private void change(int actionId, String kind, String oldValue, String newValue, String by) {
        ao.create(ActionChangeEntity.class, new DBParam("ACTION_ID", actionId), new DBParam("KIND", kind),
                new DBParam("OLD_VALUE", oldValue), new DBParam("NEW_VALUE", newValue), new DBParam("CHANGED_BY", by),
                new DBParam("CHANGED_AT", Date.from(clock.now())));
    }

    private Map<Integer, List<PlannedAction.Change>> history(List<Integer> actionIds) {
        Map<Integer, List<PlannedAction.Change>> history = new LinkedHashMap<>();
        if (actionIds.isEmpty()) {
            return history;
        }
        Object[] ids = actionIds.toArray();
        for (ActionChangeEntity change : ao.find(ActionChangeEntity.class, Query.select().where(
                "ACTION_ID IN (" + String.join(", ", Collections.nCopies(ids.length, "?")) + ")", ids).order("ID ASC"))) {
            history.computeIfAbsent(change.getActionId(), id -> new ArrayList<>()).add(new PlannedAction.Change(
                    change.getKind(), Optional.ofNullable(change.getOldValue()), Optional.ofNullable(change.getNewValue()),
                    Optional.ofNullable(change.getChangedBy()), change.getChangedAt().toInstant()));
        }
        return history;
    }

    private static PlannedAction action(LaunchActionEntity row, List<PlannedAction.Change> history) {
        return new PlannedAction(row.getID(), row.getSpaceKey(), row.getChecklist(), row.getDecisionId(),
                row.getRoundNumber(), Optional.ofNullable(row.getItemKey()), Optional.ofNullable(row.getConditionText()),
                row.getDescription() == null ? "" : row.getDescription(), Optional.ofNullable(row.getOwner()),
                LocalDate.parse(row.getDueDate()), row.getStatus(), Optional.ofNullable(row.getDoneBy()),
                Optional.ofNullable(row.getDoneAt()).map(Date::toInstant), history);
    }
}
