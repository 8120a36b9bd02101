package com.switchboard.heihei.chat;

import com.switchboard.heihei.channel.ClientMessages;
import com.switchboard.heihei.channel.HeiheiChannel;
import com.switchboard.platform.binding.Jsons;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;

/**
 * A chat once its users are paired (HH-CHAT-03..05, 10..13): each step under the chat's row lock, 732 for anyone
 * but its two users or once it has ended; frames go to the chat after commit.
 */
@Stateless
public class ChatService {
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;
    @Inject
    Chats chats;
    @Inject
    ChatSettings settings;
    @Inject
    HeiheiChannel channel;

    /**
     * HH-CHAT-03: the caller's sockets join the chat; the chat hears {@code chat-user-status}; once both are in, the
     * chat starts with its topic ({@code chat-topic}).
     */
    public JsonObjectBuilder join(long caller, long chatId) {
        Chat chat = chats.lockedFor(caller, chatId);
        Instant now = Instant.now();
        chats.member(chatId, caller).joined(now);
        String topic = HeiheiChannel.chatTopic(chatId);
        channel.join(caller, topic);
        boolean both = chats.members(chatId).stream().allMatch(m -> m.status() == ChatMember.IN);
        if (both) {
            chat.started(now);
        }
        JsonObject status = chats.userStatus(chat, ChatMember.IN);
        JsonObject topicFrame = both ? chats.topicFrame(chat) : null;
        chats.afterCommit(() -> {
            channel.toTopic(topic, status);
            if (topicFrame != null) {
                channel.toTopic(topic, topicFrame);
            }
        });
        return chats.json(chat);
    }

    /** HH-CHAT-04: another topic, to both. */
    public void changeTopic(long caller, long chatId) {
        Chat chat = chats.lockedFor(caller, chatId);
        List<String> topics = settings.topics().stream().filter(t -> !t.equals(chat.topic())).toList();
        if (!topics.isEmpty()) {
            chat.topic(topics.get(RANDOM.nextInt(topics.size())));
        }
        JsonObject frame = chats.topicFrame(chat);
        chats.afterCommit(() -> channel.toTopic(HeiheiChannel.chatTopic(chatId), frame));
    }

    /** HH-CHAT-05: the partner hears status 2; the chat ends for both. */
    public void stop(long caller, long chatId) {
        chats.end(chats.lockedFor(caller, chatId), caller, ChatMember.LEFT, Instant.now());
    }

    /** HH-CHAT-10. @return {@code nextTimeout} */
    public int heartbeat(long caller, long chatId) {
        chats.lockedFor(caller, chatId);
        chats.member(chatId, caller).beat(Instant.now());
        return settings.heartbeatSeconds();
    }

    /** HH-CHAT-11/12: the partner gets {@code pause-chat} or {@code goon-chat}. */
    public void pause(long caller, long chatId, boolean paused) {
        chats.lockedFor(caller, chatId);
        long partner = chats.partner(chatId, caller).userId();
        JsonObject frame = ClientMessages.action(paused ? "pause-chat" : "goon-chat", paused ? "暂停对聊" : "继续对聊",
                Jsons.createObjectBuilder().add("text", paused ? "对方离开一下" : "对方回来了").add("chatId", chatId)
                        .build());
        chats.afterCommit(() -> channel.toSingle(partner, frame));
    }

    /** HH-CHAT-13: the caller's chat, ended or not. */
    public JsonObjectBuilder get(long caller, long chatId) {
        Chat chat = em.find(Chat.class, chatId);
        if (chat == null || chats.member(chatId, caller) == null) {
            throw Chats.invalid();
        }
        return chats.json(chat);
    }

    /** For a gift in a chat (HH-CHAT-06): the caller's open chat locked, with {@code recipient} its other user. */
    public void requirePartner(long caller, long chatId, long recipient) {
        chats.lockedFor(caller, chatId);
        if (recipient == caller || chats.partner(chatId, caller).userId() != recipient) {
            throw Chats.invalid();
        }
    }

    /** A frame to the chat once this transaction commits. */
    public void toChat(long chatId, JsonObject frame) {
        chats.afterCommit(() -> channel.toTopic(HeiheiChannel.chatTopic(chatId), frame));
    }

    /** Open chats, for the sweep. */
    public List<Long> open() {
        return em.createQuery("select c.id from Chat c where c.status <> :ended", Long.class)
                .setParameter("ended", Chat.ENDED).getResultList();
    }

    /**
     * The sweep's step for one chat: a user silent for twice {@code nextTimeout} has dropped out (the partner hears
     * status 3, the chat ends); a chat nobody entered in time ends.
     */
    public void sweep(long chatId, Instant now) {
        Chat chat = em.find(Chat.class, chatId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (chat == null || !chat.open()) {
            return;
        }
        Instant silentSince = now.minusSeconds(2L * settings.heartbeatSeconds());
        for (ChatMember m : chats.members(chatId)) {
            boolean dropped = m.status() == ChatMember.IN && m.beatAt().isBefore(silentSince);
            boolean neverCame = m.status() == ChatMember.ENTERING
                    && chat.createdAt().plusSeconds(settings.joinSeconds()).isBefore(now);
            if (dropped || neverCame) {
                chats.end(chat, m.userId(), ChatMember.DISCONNECTED, now);
                return;
            }
        }
    }
}
