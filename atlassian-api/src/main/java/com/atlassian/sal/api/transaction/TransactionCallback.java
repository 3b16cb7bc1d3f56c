package com.atlassian.sal.api.transaction;

/** confluence-api.md §2.3 TransactionCallback (interface; erasure ()Ljava/lang/Object;). */
public interface TransactionCallback<T> {
    T doInTransaction();
}
