package org.coplaunchpad.standalone.hosting.services;

import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRestoreEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.pages.PageUpdateTrigger;
import com.atlassian.event.api.EventPublisher;
import java.util.Optional;
import java.util.function.Supplier;
import org.coplaunchpad.aohost.HostTransactions;
import org.coplaunchpad.standalone.data.Page;
import org.coplaunchpad.standalone.data.PageStore;
import org.coplaunchpad.standalone.data.SpaceStore;
import org.coplaunchpad.standalone.data.User;

/**
 * Every change to a page, with the event Confluence publishes for it (confluence-8.7.2 DefaultContentEntityManager
 * and DefaultPageManager): publishing a page (the editor, REST, a blueprint, a space's home page) → PageCreateEvent;
 * a new version → PageUpdateEvent with the version before; trash → PageTrashedEvent; restore → PageRestoreEvent;
 * purge → PageRemoveEvent, sent before the page goes. Each change and its event share one transaction and the
 * listeners run inside it, synchronously, as Confluence's request transaction holds the save and the apps' listeners
 * (a listener's failure is the publisher's to log). Who may do what is the caller's check.
 */
public final class HostPageLifecycle {
    private final PageStore pages;
    private final SpaceStore spaces;
    private final EventPublisher events;
    private final HostTransactions transactions;

    public HostPageLifecycle(PageStore pages, SpaceStore spaces, EventPublisher events, HostTransactions transactions) {
        this.pages = pages;
        this.spaces = spaces;
        this.events = events;
        this.transactions = transactions;
    }

    /** Publishes a new page (version 1). */
    public Page create(String spaceKey, Long parentId, String title, String body, String author) {
        return inTransaction(() -> {
            Page created = pages.create(spaceKey, parentId, title, body, author);
            events.publish(new PageCreateEvent(this, page(created)));
            return created;
        });
    }

    /**
     * Saves version {@code expectedVersion} + 1 of a current page; false (nothing saved, nothing published) when the
     * page is not current any more or someone else saved that version first. The editor saves with
     * {@link PageUpdateTrigger#EDIT_PAGE}, the REST API with {@link PageUpdateTrigger#UNKNOWN} (ContentCreator).
     */
    public boolean update(long id, int expectedVersion, String title, String body, String author,
                          PageUpdateTrigger trigger) {
        try {
            return inTransaction(() -> {
                Optional<Page> before = pages.find(id).filter(page -> page.version() == expectedVersion);
                if (before.isEmpty()) {
                    return false;
                }
                if (!pages.update(id, expectedVersion, title, body, author)) {
                    throw new NotSaved();
                }
                Page after = pages.find(id).orElseThrow();
                events.publish(new PageUpdateEvent(this, page(after), page(before.get()), false, trigger));
                return true;
            });
        } catch (NotSaved e) {
            return false;
        }
    }

    /** Moves a current page to the trash (its children move up to the top of the tree); false if it is not current. */
    public boolean trash(Page page, User trasher) {
        return inTransaction(() -> {
            if (!pages.trash(page.id())) {
                return false;
            }
            events.publish(new PageTrashedEvent(this, page(pages.findAnyStatus(page.id()).orElseThrow()),
                    HostConfluenceUser.of(trasher), false));
            return true;
        });
    }

    /** Brings a trashed page back as it was (same version); false if it is not in the trash. */
    public boolean restore(Page page) {
        return inTransaction(() -> {
            if (!pages.restore(page.id())) {
                return false;
            }
            events.publish(new PageRestoreEvent(this, page(pages.find(page.id()).orElseThrow())));
            return true;
        });
    }

    /** Removes a trashed page and its history for good; false if it is not in the trash. */
    public boolean purge(Page page) {
        return inTransaction(() -> {
            Optional<Page> trashed = pages.findAnyStatus(page.id()).filter(p -> !p.current());
            if (trashed.isEmpty()) {
                return false;
            }
            events.publish(new PageRemoveEvent(this, page(trashed.get())));
            if (!pages.purge(page.id())) {
                throw new IllegalStateException("Page " + page.id() + " left the trash while it was purged");
            }
            return true;
        });
    }

    private com.atlassian.confluence.pages.Page page(Page page) {
        return new HostPage(page, spaces.find(page.spaceKey()).map(HostSpace::new).orElseThrow());
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(HostTransactions.Propagation.REQUIRED, false, connection -> work.get());
    }

    /** Rolls the update's transaction back: the store found its version taken. */
    private static final class NotSaved extends RuntimeException {
        NotSaved() {
            super(null, null, false, false);
        }
    }
}
