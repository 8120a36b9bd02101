// Reference 2: the smallest useful relay, Node "ws": ws://localhost:PORT/?room=R relays each text frame to the
// room's other socket.
const { WebSocketServer } = require('ws');
const port = Number(process.argv[2] || 9002);
const rooms = new Map();
const wss = new WebSocketServer({ port }, () => console.log('ws relay listening on ' + port));
wss.on('connection', (socket, req) => {
  const room = new URL(req.url, 'http://relay').searchParams.get('room') || '';
  const peers = rooms.get(room) || new Set();
  rooms.set(room, peers);
  peers.add(socket);
  socket.on('message', (data, isBinary) => {
    for (const peer of peers) {
      if (peer !== socket) { peer.send(data, { binary: isBinary }); }
    }
  });
  socket.on('close', () => { peers.delete(socket); if (peers.size === 0) { rooms.delete(room); } });
});
