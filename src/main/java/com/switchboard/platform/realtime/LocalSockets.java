package com.switchboard.platform.realtime;

import jakarta.websocket.CloseReason;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This instance's open sockets: per owner, the subscription index topic → sockets, and the owners admitted whose
 * socket has not opened yet. Everything here acts on this instance only; {@link RealtimeRegistry} decides what else
 * goes over the cluster bus.
 */
final class LocalSockets {
    private final Map<Owner, Set<Link>> owners = new ConcurrentHashMap<>();
    private final Map<String, Set<Link>> topics = new ConcurrentHashMap<>();
    private final Map<Link, Set<String>> subscriptions = new ConcurrentHashMap<>();
    final Admissions admitted = new Admissions();

    List<Link> attach(Owner owner, Link link, boolean replace) {
        List<Link> older = new ArrayList<>();
        owners.compute(owner, (o, links) -> {
            Set<Link> set = links == null ? ConcurrentHashMap.newKeySet() : links;
            if (replace) {
                older.addAll(set);
                set.clear();
            }
            set.add(link);
            return set;
        });
        Holding held = admitted.take(owner, link.id());
        if (held != null) {
            held.flushTo(link);
        }
        return older;
    }

    void detach(Owner owner, Link link) {
        owners.computeIfPresent(owner, (o, links) -> {
            links.remove(link);
            return links.isEmpty() ? null : links;
        });
        Set<String> subscribed = subscriptions.get(link);
        if (subscribed != null) {
            List.copyOf(subscribed).forEach(t -> unsubscribe(t, link));
        }
    }

    Map<String, Long> byChannel() {
        Map<String, Long> counts = new TreeMap<>();
        owners.forEach((owner, links) -> counts.merge(owner.channel(), (long) links.size(), Long::sum));
        return counts;
    }

    Map<Owner, List<Link>> links(String channel) {
        Map<Owner, List<Link>> found = new HashMap<>();
        owners.forEach((owner, links) -> {
            if (owner.channel().equals(channel)) {
                found.put(owner, List.copyOf(links));
            }
        });
        return found;
    }

    Set<Link> all() {
        Set<Link> all = new LinkedHashSet<>();
        owners.values().forEach(all::addAll);
        topics.values().forEach(all::addAll);
        return all;
    }

    /** @return whether a socket or an admission here took the frame */
    boolean deliver(Owner owner, String frame) {
        Admissions.Held held = admitted.offer(owner, frame);
        boolean sent = held != Admissions.Held.NONE;
        if (held != Admissions.Held.HELD_FOR_REPLACEMENT) {
            for (Link link : owners.getOrDefault(owner, Set.of())) {
                sent |= link.send(frame);
            }
        }
        return sent;
    }

    /** @return whether the connection was here */
    boolean close(Owner owner, String connectionId, CloseReason reason) {
        for (Link link : owners.getOrDefault(owner, Set.of())) {
            if (link.id().equals(connectionId)) {
                detach(owner, link);
                link.close(reason);
                return true;
            }
        }
        return false;
    }

    void closeSession(Owner owner, String session, String reason) {
        for (Link link : List.copyOf(owners.getOrDefault(owner, Set.of()))) {
            if (session.equals(link.session())) {
                detach(owner, link);
                link.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, reason));
            }
        }
    }

    /** Inside compute, so a socket subscribing cannot land in a set that a leaving socket is removing at that moment. */
    void subscribe(String topic, Link link) {
        topics.compute(topic, (t, links) -> {
            Set<Link> members = links == null ? ConcurrentHashMap.newKeySet() : links;
            members.add(link);
            return members;
        });
        subscriptions.computeIfAbsent(link, l -> ConcurrentHashMap.newKeySet()).add(topic);
    }

    void unsubscribe(String topic, Link link) {
        topics.computeIfPresent(topic, (t, links) -> {
            links.remove(link);
            return links.isEmpty() ? null : links;
        });
        subscriptions.computeIfPresent(link, (l, set) -> {
            set.remove(topic);
            return set.isEmpty() ? null : set;
        });
    }

    void ownerTopic(Owner owner, String topic, boolean subscribe) {
        for (Link link : owners.getOrDefault(owner, Set.of())) {
            if (subscribe) {
                subscribe(topic, link);
            } else {
                unsubscribe(topic, link);
            }
        }
    }

    void dropTopic(String topic) {
        Set<Link> links = topics.get(topic);
        if (links != null) {
            List.copyOf(links).forEach(link -> unsubscribe(topic, link));
        }
    }

    /** @return whether a socket here took the frame */
    boolean toTopic(String topic, String fromConnection, String frame) {
        boolean sent = false;
        for (Link peer : topics.getOrDefault(topic, Set.of())) {
            if (!peer.id().equals(fromConnection)) {
                sent |= peer.send(frame);
            }
        }
        return sent;
    }

    void closeTopic(String topic, String lastFrame, int code, String phrase) {
        Set<Link> links = topics.remove(topic);
        if (links != null) {
            CloseReason reason = new CloseReason(CloseReason.CloseCodes.getCloseCode(code), phrase);
            for (Link link : links) {
                link.markTopicClosed();
                link.send(lastFrame);
                link.close(reason);
            }
        }
    }
}
