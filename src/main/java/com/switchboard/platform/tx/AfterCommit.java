package com.switchboard.platform.tx;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Runs an action once the current transaction has committed (at once without one; never if it rolls back). */
public final class AfterCommit {
    private AfterCommit() {
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
