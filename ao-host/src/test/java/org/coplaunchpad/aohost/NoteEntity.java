package org.coplaunchpad.aohost;

import net.java.ao.Entity;
import net.java.ao.schema.Table;

/** A one-column entity for the transaction tests. */
@Table("Note")
public interface NoteEntity extends Entity {
    String getText();

    void setText(String text);
}
