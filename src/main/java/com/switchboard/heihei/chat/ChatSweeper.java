package com.switchboard.heihei.chat;

import com.switchboard.platform.schedule.SweepClock;
import com.switchboard.platform.schedule.Sweep;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.logging.Logger;

/** Every 2 s on every instance (each step locks its chat): silent users drop out, stale waiting rows go, unanswered
 * due-chat calls become missed ones. */
@Singleton
@DependsOn("SchemaMigration") // never sweep tables a start has not migrated yet
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChatSweeper {
    private static final Logger LOG = Logger.getLogger(ChatSweeper.class.getName());

    @Inject
    SweepClock clock;
    @Inject
    ChatService chats;
    @Inject
    Matching matching;
    @Inject
    DueChats due;

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    void sweep() {
        Instant now = Instant.now();
        Sweep.step(() -> chats.open().forEach(id -> Sweep.step(() -> chats.sweep(id, now), "sweep chat " + id, LOG)),
                "find open chats", LOG);
        Sweep.step(() -> matching.expire(now), "expire match waits", LOG);
        Sweep.step(() -> due.overdue(now).forEach(id -> Sweep.step(() -> due.expire(id, now),
                "expire due-chat call " + id, LOG)), "find unanswered due-chat calls", LOG);
        clock.ran("chat", 2);
    }
}
