// Reference 1: the PeerJS signaling server (npm "peer"), as its users run it. ws://localhost:PORT/peerjs
const { PeerServer } = require('peer');
const port = Number(process.argv[2] || 9000);
PeerServer({ port, path: '/', concurrent_limit: 100000, alive_timeout: 600000 }, () => {
  console.log('peerjs listening on ' + port);
});
