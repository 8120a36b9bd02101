// SIG-13: a 1-to-1 WebRTC call. Offer, answer and ICE candidates travel through the server's room socket
// (/socket.io/room?room_id=…); media goes peer to peer. The peer already in the room offers when the other arrives.
(function () {
  'use strict';
  const params = new URLSearchParams(location.search);
  const roomId = params.get('room_id');
  const statusEl = document.getElementById('status');
  const localVideo = document.getElementById('local');
  const remoteVideo = document.getElementById('remote');
  const leaveButton = document.getElementById('leave');
  // Optional STUN/TURN servers as JSON in ?ice=; none are needed on one network.
  const iceServers = params.get('ice') ? JSON.parse(params.get('ice')) : [];

  const state = { ws: null, pc: null, stream: null, pendingCandidates: [], closed: false };
  window.switchboardRoom = state; // for tests and debugging: state.pc is the RTCPeerConnection

  function status(text) { statusEl.textContent = text; }

  if (!roomId) {
    const form = document.getElementById('join');
    form.hidden = false;
    status('type a room_id');
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const id = document.getElementById('room').value.trim();
      if (id) { location.search = '?room_id=' + encodeURIComponent(id); }
    });
    return;
  }

  function send(message) {
    if (state.ws && state.ws.readyState === WebSocket.OPEN) { state.ws.send(JSON.stringify(message)); }
  }

  function newPeerConnection() {
    if (state.pc) { state.pc.close(); }
    const pc = new RTCPeerConnection({ iceServers });
    state.pc = pc;
    state.pendingCandidates = [];
    state.stream.getTracks().forEach((track) => pc.addTrack(track, state.stream));
    pc.onicecandidate = (e) => { if (e.candidate) { send({ type: 'candidate', candidate: e.candidate.toJSON() }); } };
    pc.ontrack = (e) => { if (remoteVideo.srcObject !== e.streams[0]) { remoteVideo.srcObject = e.streams[0]; } };
    pc.onconnectionstatechange = () => status('peer ' + pc.connectionState);
    return pc;
  }

  async function flushCandidates() {
    const queued = state.pendingCandidates.splice(0);
    for (const c of queued) { await state.pc.addIceCandidate(c); }
  }

  async function onMessage(m) {
    switch (m.type) {
      case 'joined':
        status('waiting for the other side');
        break;
      case 'peer_joined': {
        const pc = newPeerConnection();
        await pc.setLocalDescription(await pc.createOffer());
        send({ type: 'offer', sdp: pc.localDescription.sdp });
        status('calling');
        break;
      }
      case 'offer': {
        const pc = newPeerConnection();
        await pc.setRemoteDescription({ type: 'offer', sdp: m.sdp });
        await flushCandidates();
        await pc.setLocalDescription(await pc.createAnswer());
        send({ type: 'answer', sdp: pc.localDescription.sdp });
        break;
      }
      case 'answer':
        if (state.pc) {
          await state.pc.setRemoteDescription({ type: 'answer', sdp: m.sdp });
          await flushCandidates();
        }
        break;
      case 'candidate':
        if (state.pc && state.pc.remoteDescription) { await state.pc.addIceCandidate(m.candidate); }
        else { state.pendingCandidates.push(m.candidate); }
        break;
      case 'peer_left':
      case 'bye':
        if (state.pc) { state.pc.close(); state.pc = null; }
        remoteVideo.srcObject = null;
        status('the other side left');
        break;
      case 'room_closed':
        hangUp('call ended');
        break;
      case 'error':
        status('error: ' + m.reason);
        break;
      default:
        break;
    }
  }

  function hangUp(text) {
    if (state.closed) { return; }
    state.closed = true;
    send({ type: 'bye' });
    if (state.pc) { state.pc.close(); }
    if (state.ws) { state.ws.close(); }
    if (state.stream) { state.stream.getTracks().forEach((t) => t.stop()); }
    leaveButton.hidden = true;
    status(text);
  }

  leaveButton.addEventListener('click', () => hangUp('you hung up'));

  navigator.mediaDevices.getUserMedia({ video: true, audio: true }).then((stream) => {
    state.stream = stream;
    localVideo.srcObject = stream;
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const ws = new WebSocket(scheme + '//' + location.host + '/socket.io/room?room_id=' + encodeURIComponent(roomId));
    state.ws = ws;
    ws.onopen = () => { leaveButton.hidden = false; status('connected to room'); };
    ws.onmessage = (e) => { onMessage(JSON.parse(e.data)).catch((err) => status('error: ' + err)); };
    ws.onclose = () => { if (!state.closed) { status('room socket closed'); } };
  }).catch((err) => status('camera/microphone unavailable: ' + err));
})();
