package com.switchboard.heihei.chat;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.List;

/** {@code switchboard.heihei.chat.*}. */
@Dependent
public class ChatSettings {
    /** HH-CHAT-01 {@code expireTime}: how long a client waits for a partner. */
    @Inject
    @ConfigProperty(name = "switchboard.heihei.chat.match-seconds", defaultValue = "15")
    int matchSeconds;
    /** HH-CHAT-10 {@code nextTimeout}; silent for twice this, a user has dropped out. */
    @Inject
    @ConfigProperty(name = "switchboard.heihei.chat.heartbeat-seconds", defaultValue = "5")
    int heartbeatSeconds;
    /** HH-CHAT-07 {@code expireTime}: how long a due-chat call rings (at most 30). */
    @Inject
    @ConfigProperty(name = "switchboard.heihei.chat.due-chat-seconds", defaultValue = "15")
    int dueChatSeconds;
    /** A matched chat nobody joined within this ends. */
    @Inject
    @ConfigProperty(name = "switchboard.heihei.chat.join-seconds", defaultValue = "30")
    int joinSeconds;
    /** Topics a chat starts with and HH-CHAT-04 changes to, separated by "|". */
    @Inject
    @ConfigProperty(name = "switchboard.heihei.chat.topics",
            defaultValue = "最近看了什么好电影？|说说你的家乡|你最想去哪里旅行？|今天最开心的一件事|推荐一首歌给对方")
    String topics;
    /** HH-CHAT-01 {@code tips}, separated by "|". */
    @Inject
    @ConfigProperty(name = "switchboard.heihei.chat.tips",
            defaultValue = "正在为你寻找聊天对象…|文明聊天，友善交流|匹配成功后记得打个招呼哦")
    String tips;

    public int matchSeconds() {
        return matchSeconds;
    }

    public int heartbeatSeconds() {
        return heartbeatSeconds;
    }

    public int dueChatSeconds() {
        return Math.max(1, Math.min(30, dueChatSeconds));
    }

    public int joinSeconds() {
        return joinSeconds;
    }

    public List<String> topics() {
        return split(topics);
    }

    public List<String> tips() {
        return split(tips);
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
