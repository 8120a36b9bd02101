package com.switchboard.platform.tx;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Runs an action once the current transaction has committed (at once without one; never if it rolls back). */
public final class AfterCommit {
    private AfterCommit() {
    }

    /**
     * Adds {@code item} to the current transaction's batch under {@code key}; once that transaction has committed,
     * {@code committed} gets the whole batch, in the order added (nothing on a rollback).
     *
     * @return false when no transaction is active (or it is completing): the caller acts on the item at once
     */
    public static <T> boolean batch(TransactionSynchronizationRegistry transactions, Object key, T item,
                                    Consumer<List<T>> committed) {
        if (transactions.getTransactionKey() == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return false;
        }
        @SuppressWarnings("unchecked")
        List<T> pending = (List<T>) transactions.getResource(key);
        if (pending == null) {
            List<T> fresh = new ArrayList<>();
            transactions.putResource(key, fresh);
            run(transactions, () -> committed.accept(fresh));
            pending = fresh;
        }
        pending.add(item);
        return true;
    }

    public static void run(TransactionSynchronizationRegistry transactions, Runnable action) {
        if (transactions.getTransactionKey() == null) {
            action.run();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }
}
