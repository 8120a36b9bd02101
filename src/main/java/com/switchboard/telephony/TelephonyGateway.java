package com.switchboard.telephony;

/**
 * The port to the telephone network (DESIGN.md §5): places legs, hangs them up, sends DTMF, and reports what
 * happens to each leg as {@link LegEvent}s to the sink it was given, including calls that arrive from the network
 * ({@link LegEvent.Offered}, on legs the gateway names). {@link SimulatedGateway} is the embedded
 * default; a SIP gateway comes later. Every implementation passes {@code TelephonyGatewayContract}.
 */
public interface TelephonyGateway {
    /**
     * Starts dialling {@code number}. Events for the leg follow asynchronously: {@link LegEvent.Trying}, then
     * {@link LegEvent.Ringing} and {@link LegEvent.Answered} as they happen, {@link LegEvent.Stats} while connected,
     * and exactly one {@link LegEvent.Released} last (a leg hung up at once may skip straight to it).
     *
     * @param leg    the id the caller chose and recorded first, so no event can arrive for a leg it does not know
     * @param number the called number (digits, optional leading +)
     * @param caller the calling number shown to the callee, may be empty
     */
    void place(LegId leg, String number, String caller);

    /**
     * Answers an inbound leg the gateway offered ({@link LegEvent.Offered}); {@link LegEvent.Answered} and stats follow.
     * Legs that are not offered and still ringing: no-op.
     */
    void answer(LegId leg);

    /** Ends the leg; releases with {@code NORMAL} when answered, {@code CANCELLED} before. Unknown or ended legs: no-op. */
    void hangUp(LegId leg);

    /**
     * Sends DTMF digits ({@code 0-9*#A-D}) on an answered leg.
     *
     * @return false if the leg is not answered (not yet, or no longer)
     */
    boolean sendDtmf(LegId leg, String digits);
}
