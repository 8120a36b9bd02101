package com.switchboard.heihei.live;

import com.switchboard.heihei.channel.ChannelOpened;
import com.switchboard.heihei.channel.HeiheiChannel;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A channel socket that opens while its user is in a live room (a reconnect) gets that room's frames again. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class LiveRooms {
    @PersistenceContext
    EntityManager em;

    public void opened(@Observes ChannelOpened socket) {
        em.createQuery("select v.liveId from LiveViewer v where v.userId = :u and v.inRoom = true", Long.class)
                .setParameter("u", socket.userId()).getResultList()
                .forEach(id -> socket.subscribe(HeiheiChannel.liveTopic(id)));
        em.createQuery("select l.id from Live l where l.openAnchor = :u", Long.class)
                .setParameter("u", socket.userId()).getResultList()
                .forEach(id -> socket.subscribe(HeiheiChannel.liveTopic(id)));
    }
}
