// The reference rooms for bench/heihei-live: the same 1,000 viewers and the same HTTP-triggered text frame, broadcast
// by a socket.io room (`node server.js socketio PORT`) or by a plain `ws` server to every client (`node server.js ws PORT`).
// POST /send {"text": "..."} broadcasts one frame shaped like heihei's HH-RT-04 text frame.
'use strict';
const http = require('http');

const mode = process.argv[2];
const port = Number(process.argv[3] || 3001);
let msgId = 0;
let broadcast;

const server = http.createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/send') {
    res.writeHead(404);
    res.end();
    return;
  }
  let body = '';
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    const { text } = JSON.parse(body);
    broadcast({
      msgType: 'text', fromUserId: 4503599627370495, fromUserName: 'anchor', gender: 'Female',
      coverUrl: '', text, msgId: ++msgId, roomId: 4503599627370001,
    });
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end('{"errorcode":0,"errormsg":"success"}');
  });
});

if (mode === 'socketio') {
  const { Server } = require('socket.io');
  const io = new Server(server, { transports: ['websocket'] });
  io.on('connection', (socket) => socket.join('live'));
  broadcast = (frame) => io.to('live').emit('text', frame);
} else if (mode === 'ws') {
  const { WebSocketServer, WebSocket } = require('ws');
  const wss = new WebSocketServer({ server, path: '/ws' });
  broadcast = (frame) => {
    const data = JSON.stringify(frame);
    for (const client of wss.clients) {
      if (client.readyState === WebSocket.OPEN) client.send(data);
    }
  };
} else {
  console.error('usage: node server.js socketio|ws PORT');
  process.exit(2);
}

server.listen(port, '127.0.0.1', () => console.log(`${mode} room on ${port}`));
