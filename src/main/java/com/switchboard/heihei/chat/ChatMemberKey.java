package com.switchboard.heihei.chat;

import java.io.Serializable;
import java.util.Objects;

/** {@link ChatMember}'s key. */
public class ChatMemberKey implements Serializable {
    private Long chatId;
    private Long userId;

    public ChatMemberKey() {
    }

    public ChatMemberKey(long chatId, long userId) {
        this.chatId = chatId;
        this.userId = userId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChatMemberKey k && Objects.equals(chatId, k.chatId) && Objects.equals(userId, k.userId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(chatId, userId);
    }
}
