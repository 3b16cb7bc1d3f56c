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

/** CHECKLIST_PAGE as model version 3 declared it (no reveal, no confidential): for upgrade tests only. */
@Preload
@Table("ChecklistPage")
@Indexes({
        @Index(name = "registry_space_checklist", methodNames = {"getSpaceKey", "getChecklist"}),
        @Index(name = "registry_page", methodNames = {"getPageId"})})
public interface LandedChecklistPageEntity extends Entity {
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

    @NotNull
    Date getRegisteredAt();

    void setRegisteredAt(Date registeredAt);
}
