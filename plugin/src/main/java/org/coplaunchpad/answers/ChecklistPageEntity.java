package org.coplaunchpad.answers;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The checklist registry: one row per page and checklist name that page carries, with that macro's settings, kept
 * true by Confluence's page events. A space's checklist X exists while some row (space, X) does. The order of
 * registration (ID) decides which page's settings are the checklist's. Table AO_xxxxxx_CHECKLIST_PAGE; only
 * {@link RegistryStore} (and the upgrade task, through {@link RegistryRows}) touches it.
 */
@Preload
@Table("ChecklistPage")
@Indexes({
        @Index(name = "registry_space_checklist", methodNames = {"getSpaceKey", "getChecklist"}),
        @Index(name = "registry_page", methodNames = {"getPageId"})})
public interface ChecklistPageEntity extends Entity {
    /** "pageId/checklist": a page carries a checklist once (its first macro of that name counts). */
    @NotNull
    @Unique
    @StringLength(150)
    String getPageChecklist();

    void setPageChecklist(String pageChecklist);

    @NotNull
    @StringLength(255)
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    @StringLength(AnswerKey.MAX_CHECKLIST_LENGTH)
    String getChecklist();

    void setChecklist(String checklist);

    @NotNull
    long getPageId();

    void setPageId(long pageId);

    /** The macro's {@code mode} parameter value ("personal", "shared"). */
    @NotNull
    @StringLength(20)
    String getMode();

    void setMode(String mode);

    /** The macro's section keys, comma-separated; null (or empty) when it shows every section. */
    @StringLength(450)
    String getSections();

    void setSections(String sections);

    /** The macro's {@code reveal} parameter value; null for rows registered before model version 4: its default. */
    @StringLength(20)
    String getReveal();

    void setReveal(String reveal);

    /** The macro's {@code confidential} parameter (model version 4). */
    @NotNull
    @Default("false")
    boolean isConfidential();

    void setConfidential(boolean confidential);

    @NotNull
    Date getRegisteredAt();

    void setRegisteredAt(Date registeredAt);
}
