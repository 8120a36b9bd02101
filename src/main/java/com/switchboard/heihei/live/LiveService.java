package com.switchboard.heihei.live;

import com.switchboard.heihei.HeiheiSettings;
import com.switchboard.heihei.channel.ClientMessages;
import com.switchboard.heihei.channel.HeiheiChannel;
import com.switchboard.heihei.channel.HeiheiPush;
import com.switchboard.heihei.link.DeepLinks;
import com.switchboard.heihei.user.HeiheiUser;
import com.switchboard.heihei.user.HeiheiUsers;
import com.switchboard.heihei.user.SocialService;
import com.switchboard.platform.binding.Jsons;
import com.switchboard.platform.wire.HeiheiFailure;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A live's lifecycle (HH-LIVE-01..09) and what the ingest reports about its stream. */
@Stateless
public class LiveService {
    @PersistenceContext
    EntityManager em;
    @Inject
    Lives lives;
    @Inject
    LiveSettings settings;
    @Inject
    HeiheiSettings heihei;
    @Inject
    HeiheiUsers users;
    @Inject
    SocialService social;
    @Inject
    HeiheiPush push;
    @Inject
    HeiheiChannel channel;
    @Inject
    RoomFrames frames;
    @Inject
    Viewers viewers;

    /** HH-LIVE-01: status 0; 400 while the caller has an unclosed live. */
    public Live create(long caller, String title) {
        users.locked(caller); // two creates at once: one waits for the other, then sees its live
        if (unclosed(caller).isPresent()) {
            throw new HeiheiFailure(400, "您还有未结束的直播");
        }
        long id;
        do {
            id = Lives.newId();
        } while (em.find(Live.class, id) != null);
        Live live = new Live(id, Lives.newId(), caller, title.strip(), settings.roomUserCount(), Instant.now());
        em.persist(live);
        em.flush();
        channel.join(caller, HeiheiChannel.liveTopic(id)); // the anchor's open sockets hear its room from now on
        return live;
    }

    /** HH-LIVE-02: the caller's live in status 0 or 1. */
    public Optional<Live> unclosed(long caller) {
        List<Live> found = em.createQuery("select l from Live l where l.openAnchor = :u", Live.class)
                .setParameter("u", caller).getResultList();
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** HH-LIVE-03: 0 → 1 (again on a live: nothing changes); followers are told. */
    public Live start(long caller, long liveId) {
        Live live = lives.anchored(caller, liveId);
        begin(live);
        return live;
    }

    /** HH-LIVE-04: the room gets {@code live-change}. */
    public Live changeTitle(long caller, long liveId, String title) {
        Live live = lives.anchored(caller, liveId);
        requireOpen(live, 731);
        live.title(title.strip());
        frames.important(live.id(), ClientMessages.action("live-change", "直播标题修改",
                Jsons.createObjectBuilder().add("liveId", live.id()).add("title", live.title()).build()));
        return live;
    }

    /** HH-LIVE-05/06: a paused live is not ended by missing heartbeats; 735 once ended. */
    public void pause(long caller, long liveId, boolean paused) {
        Live live = lives.anchored(caller, liveId);
        requireOpen(live, 735);
        live.paused(paused, Instant.now());
    }

    /** HH-LIVE-07: status 2; the room gets {@code stop-live}, then nobody is in it. */
    public Live stop(long caller, long liveId) {
        Live live = lives.anchored(caller, liveId);
        requireOpen(live, 731);
        end(live);
        return live;
    }

    /** HH-LIVE-08: status 4 (the replay is hidden); an unclosed live is stopped first. */
    public Live delete(long caller, long liveId) {
        Live live = lives.anchored(caller, liveId);
        if (live.status() == Live.DELETED || live.status() == Live.BANNED) {
            throw Lives.invalid();
        }
        if (live.unclosed()) {
            end(live);
        }
        live.delete(Instant.now());
        return live;
    }

    /** HH-LIVE-09. */
    public Live visible(long caller, long liveId, int visible) {
        if (visible != 0 && visible != 1) {
            throw HeiheiFailure.badParam("visible must be 0 or 1");
        }
        Live live = lives.anchored(caller, liveId);
        if (live.status() == Live.DELETED || live.status() == Live.BANNED) {
            throw Lives.invalid();
        }
        live.visible(visible);
        return live;
    }

    /** The anchor's heartbeat (HH-LIVE-14, {@code isCreator=1}). */
    public void anchorBeat(long caller, long liveId) {
        Live live = lives.anchored(caller, liveId);
        requireOpen(live, 731);
        live.anchorBeat(Instant.now());
    }

    /**
     * The ingest asks whether a publish of {@code stream} with {@code key} may start: only with the key of that
     * live's push address, while the live is unclosed; a live still to be started starts.
     */
    public boolean publish(String stream, String key) {
        long liveId = StreamAddresses.liveOf(stream);
        Live live = liveId < 0 ? null : em.find(Live.class, liveId);
        if (live == null || !lives.addresses.validKey(stream, key, Instant.now())) {
            return false;
        }
        live = lives.locked(liveId);
        if (!live.unclosed()) {
            return false;
        }
        begin(live);
        live.publishing(true, Instant.now());
        return true;
    }

    /** The ingest says the anchor's stream is gone (with the key it was published with, expired or not). */
    public boolean publishDone(String stream, String key) {
        long liveId = StreamAddresses.liveOf(stream);
        if (liveId < 0 || !lives.addresses.signedKey(stream, key)) {
            return false;
        }
        lives.find(liveId).ifPresent(l -> lives.locked(liveId).publishing(false, Instant.now()));
        return true;
    }

    /** Lives whose anchor went silent for two heartbeat periods, unpaused and without a stream. */
    public List<Long> silentLives(Instant now) {
        return em.createQuery("select l.id from Live l where l.status = 1 and l.paused = false "
                        + "and l.publishing = false and l.anchorBeatAt < :before", Long.class)
                .setParameter("before", now.minusSeconds(2L * settings.heartbeatSeconds())).setMaxResults(100)
                .getResultList();
    }

    /** Ends a live the anchor left without stopping it (rechecked under the lock). */
    public void endSilent(long liveId, Instant now) {
        Live live = lives.locked(liveId);
        if (live.status() == Live.LIVE && !live.paused() && !live.publishing()
                && live.anchorBeatAt().isBefore(now.minusSeconds(2L * settings.heartbeatSeconds()))) {
            end(live);
        }
    }

    private void begin(Live live) {
        if (live.status() != Live.TO_START) {
            requireOpen(live, 731);
            return;
        }
        live.start(Instant.now());
        channel.join(live.userId(), HeiheiChannel.liveTopic(live.id()));
        HeiheiUser anchor = users.get(live.userId());
        String link = new DeepLinks(heihei.linkScheme()).live(live.id(), null);
        for (long follower : social.followerIds(live.userId())) {
            push.toUser(follower, ClientMessages.action("start-live-notify", "关注的人开播了",
                    Jsons.createObjectBuilder().add("link", link)
                            .add("text", "您关注的" + anchor.displayName() + "开播了").add("fromUserId", anchor.id())
                            .add("fromUserName", anchor.displayName()).add("gender", anchor.gender())
                            .add("text-head", "您关注的").add("text-tail", "开播了").add("getuiAction", "live")
                            .add("liveId", live.id()).build()));
        }
    }

    private void end(Live live) {
        live.end(Instant.now());
        JsonObject broadcast = LiveJson.live(lives.forViewer(live, live.userId(), false)).build();
        frames.important(live.id(), ClientMessages.action("stop-live", "直播结束",
                Jsons.createObjectBuilder().add("roomId", live.roomId()).add("live", broadcast).build()));
        viewers.emptyRoom(live);
        frames.forget(live.id());
        channel.end(HeiheiChannel.liveTopic(live.id()));
    }

    private static void requireOpen(Live live, int code) {
        if (!live.unclosed()) {
            throw code == 735 ? new HeiheiFailure(735, "直播已结束") : Lives.invalid();
        }
    }
}
