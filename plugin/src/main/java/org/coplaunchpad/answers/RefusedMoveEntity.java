package org.coplaunchpad.answers;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A move the registry refused: the last page carrying a checklist went to a space that already had a checklist of
 * that name, so the answers stayed where they were. Both spaces' dashboards say so, until the page moves again.
 * Table AO_xxxxxx_REFUSED_MOVE; only {@link RegistryStore} touches it.
 */
@Preload
@Table("RefusedMove")
public interface RefusedMoveEntity extends Entity {
    @NotNull
    @StringLength(AnswerKey.MAX_CHECKLIST_LENGTH)
    String getChecklist();

    void setChecklist(String checklist);

    @NotNull
    @StringLength(255)
    String getFromSpace();

    void setFromSpace(String fromSpace);

    @NotNull
    @StringLength(255)
    String getToSpace();

    void setToSpace(String toSpace);

    @NotNull
    long getPageId();

    void setPageId(long pageId);

    @NotNull
    Date getRefusedAt();

    void setRefusedAt(Date refusedAt);
}
