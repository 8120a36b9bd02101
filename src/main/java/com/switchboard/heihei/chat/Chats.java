package com.switchboard.heihei.chat;

import com.switchboard.heihei.HeiheiTimes;
import com.switchboard.heihei.channel.ClientMessages;
import com.switchboard.heihei.channel.HeiheiChannel;
import com.switchboard.heihei.user.HeiheiUsers;
import com.switchboard.heihei.user.UserJson;
import com.switchboard.heihei.wallet.HeiheiWalletService;
import com.switchboard.heihei.wallet.Wallet;
import com.switchboard.platform.binding.Jsons;
import com.switchboard.platform.tx.AfterCommit;
import com.switchboard.platform.wire.HeiheiFailure;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;

/** Chats and their two members: creation, lookup under the chat's row lock, OBJ-CHAT and the frames to a chat. */
@Dependent
public class Chats {
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;
    @Inject
    ChatSettings settings;
    @Inject
    HeiheiUsers users;
    @Inject
    HeiheiWalletService wallets;
    @Inject
    HeiheiChannel channel;
    @Inject
    com.switchboard.heihei.message.Conversations conversations;
    @jakarta.annotation.Resource
    TransactionSynchronizationRegistry transactions;

    /** A new chat of {@code a} (its creator) and {@code b}; both get {@code join-chat} once it commits. */
    Chat create(String kind, long a, long b, Instant now) {
        return create(kind, RANDOM.nextLong(1, Long.MAX_VALUE), a, b, now);
    }

    /** As above with the id a due-chat call already named. */
    Chat create(String kind, long id, long a, long b, Instant now) {
        List<String> topics = settings.topics();
        Chat chat = new Chat(id, kind, a, Chat.DUE.equals(kind) ? "约聊" : "对聊",
                topics.isEmpty() ? "" : topics.get(RANDOM.nextInt(topics.size())), now);
        em.persist(chat);
        em.persist(new ChatMember(chat.id(), a, now));
        em.persist(new ChatMember(chat.id(), b, now));
        JsonObject join = ClientMessages.action("join-chat", "进入对聊",
                Jsons.createObjectBuilder().add("chatId", chat.id()).build());
        afterCommit(() -> {
            channel.toSingle(a, join);
            channel.toSingle(b, join);
        });
        return chat;
    }

    /** Whether the user is in an open chat. */
    boolean busy(long userId) {
        return !em.createNativeQuery("SELECT 1 FROM hh_chat_user WHERE open_user = ?1").setParameter(1, userId)
                .getResultList().isEmpty();
    }

    /** Whether the user is in an open due-chat. */
    boolean inDueChat(long userId) {
        return !em.createNativeQuery("SELECT 1 FROM hh_chat_user u JOIN hh_chat c ON c.id = u.chat_id "
                + "WHERE u.open_user = ?1 AND c.kind = ?2").setParameter(1, userId).setParameter(2, Chat.DUE)
                .getResultList().isEmpty();
    }

    /** The caller's open chat under its row lock, or 732. */
    Chat lockedFor(long caller, long chatId) {
        Chat chat = em.find(Chat.class, chatId, LockModeType.PESSIMISTIC_WRITE);
        if (chat == null || !chat.open() || member(chatId, caller) == null) {
            throw invalid();
        }
        return chat;
    }

    ChatMember member(long chatId, long userId) {
        return em.find(ChatMember.class, new ChatMemberKey(chatId, userId));
    }

    List<ChatMember> members(long chatId) {
        return em.createQuery("select m from ChatMember m where m.chatId = :c order by m.userId", ChatMember.class)
                .setParameter("c", chatId).getResultList();
    }

    ChatMember partner(long chatId, long userId) {
        return members(chatId).stream().filter(m -> m.userId() != userId).findFirst().orElseThrow(Chats::invalid);
    }

    /** Ends the chat: {@code leaver} left ({@code why} 2) or dropped out (3); the chat hears it, then nothing more. */
    void end(Chat chat, long leaver, int why, Instant now) {
        chat.end(now);
        for (ChatMember m : members(chat.id())) {
            m.closed(m.userId() == leaver ? why : ChatMember.LEFT);
        }
        JsonObject status = userStatus(chat, why);
        String topic = HeiheiChannel.chatTopic(chat.id());
        if (Chat.DUE.equals(chat.kind())) {
            dueChatRecord(chat, now);
        }
        afterCommit(() -> {
            channel.toTopic(topic, status);
            channel.end(topic);
        });
    }

    /** HH-ACT-03 to the chat: the members and the {@code status} of the one whose state changed. */
    JsonObject userStatus(Chat chat, int status) {
        return ClientMessages.action("chat-user-status", "对聊状态", Jsons.createObjectBuilder()
                .add("chatId", chat.id()).add("users", chatUsers(chat)).add("status", status).build());
    }

    /** HH-ACT-04 to the chat. */
    JsonObject topicFrame(Chat chat) {
        return ClientMessages.action("chat-topic", "对聊话题", Jsons.createObjectBuilder()
                .add("text", chat.topic()).add("chatId", chat.id()).build());
    }

    /** OBJ-CHAT. */
    JsonObjectBuilder json(Chat chat) {
        JsonObjectBuilder o = Jsons.createObjectBuilder().add("chatId", chat.id()).add("roomId", chat.id())
                .add("status", chat.status()).add("title", chat.title()).add("pushAddr", "").add("streamAddr", "")
                .add("initTopic", chat.topic()).add("visible", 1).addNull("archiveFile")
                .add("startTime", chat.startedAt() == null ? "" : HeiheiTimes.dateTime(chat.startedAt()))
                .add("createTime", HeiheiTimes.dateTime(chat.createdAt())).add("createrId", chat.createrId())
                .add("users", chatUsers(chat));
        return o;
    }

    private JsonArrayBuilder chatUsers(Chat chat) {
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        for (ChatMember m : members(chat.id())) {
            Wallet w = wallets.balance(m.userId());
            list.add(UserJson.userPublic(users.get(m.userId()), false).add("status", m.status())
                    .add("point", w.point()).add("allEarnPoint", w.allEarnPoint()));
        }
        return list;
    }

    /** A due-chat that took place: a {@code call} item in both lists and the HH-IM-05 record to both. */
    private void dueChatRecord(Chat chat, Instant now) {
        long caller = chat.createrId();
        long callee = members(chat.id()).stream().mapToLong(ChatMember::userId).filter(u -> u != caller).findFirst()
                .orElse(caller);
        conversations.record(caller, callee, "call", null, false, now);
        conversations.record(callee, caller, "call", null, false, now);
        boolean connected = chat.startedAt() != null;
        long length = connected ? java.time.Duration.between(chat.startedAt(), now).toSeconds() : 0;
        JsonObject im = ClientMessages.im(callee, caller, "dueChat", Jsons.createObjectBuilder()
                .add("chatStatus", connected ? 1 : 0).add("chatLength", length).build(), null,
                Jsons.createObjectBuilder().add(Long.toString(caller), UserJson.summary(users.get(caller), false))
                        .build(), now);
        afterCommit(() -> {
            channel.toSingle(caller, im);
            channel.toSingle(callee, im);
        });
    }

    void afterCommit(Runnable action) {
        AfterCommit.run(transactions, action);
    }

    static HeiheiFailure invalid() {
        return new HeiheiFailure(732, "对话无效");
    }
}
