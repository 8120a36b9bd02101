package com.switchboard.heihei.chat;

import com.switchboard.heihei.user.UserActivity;
import com.switchboard.platform.binding.Jsons;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import java.util.Optional;

/** HH-USER-06 {@code userStatus} type 6 while the user is in a due-chat or its call is ringing. */
@Stateless
public class ChatActivity implements UserActivity {
    static final int IN_DUE_CHAT = 6;

    @Inject
    Chats chats;
    @Inject
    DueChats due;

    @Override
    public Optional<JsonObject> statusOf(long userId) {
        return chats.inDueChat(userId) || due.ringing(userId)
                ? Optional.of(Jsons.createObjectBuilder().add("type", IN_DUE_CHAT).build()) : Optional.empty();
    }
}
