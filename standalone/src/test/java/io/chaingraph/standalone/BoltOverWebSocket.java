package io.chaingraph.standalone;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * What a script on a web page can do with the embedded Bolt port: open a WebSocket (as Neo4j Browser does) with the
 * page's {@code Origin}, agree on Bolt 5.0 and send HELLO with the credentials it has. Written out byte by byte
 * (PackStream), as a page would, since no driver speaks Bolt over a WebSocket from Java.
 */
final class BoltOverWebSocket {

	private BoltOverWebSocket() {
	}

	/** True when the server answers HELLO with SUCCESS, false with FAILURE. */
	static boolean signsIn(URI bolt, String origin, Map<String, String> auth) throws Exception {
		var received = new ByteArrayOutputStream();
		var handshake = new CompletableFuture<byte[]>();
		var reply = new CompletableFuture<byte[]>();
		var listener = new WebSocket.Listener() {
			@Override
			public CompletionStage<?> onBinary(WebSocket socket, ByteBuffer data, boolean last) {
				var bytes = new byte[data.remaining()];
				data.get(bytes);
				received.writeBytes(bytes);
				var all = received.toByteArray();
				if (!handshake.isDone() && all.length >= 4) {
					handshake.complete(java.util.Arrays.copyOf(all, 4));
					received.reset();
					received.write(all, 4, all.length - 4);
					all = received.toByteArray();
				}
				// One chunk and its end marker (0x0000): enough for SUCCESS or FAILURE.
				if (handshake.isDone() && all.length >= 2) {
					int size = ((all[0] & 0xff) << 8) | (all[1] & 0xff);
					if (all.length >= size + 4) {
						reply.complete(java.util.Arrays.copyOfRange(all, 2, 2 + size));
					}
				}
				socket.request(1);
				return null;
			}
		};
		var socket = HttpClient.newHttpClient()
			.newWebSocketBuilder()
			.header("Origin", origin)
			.connectTimeout(Duration.ofSeconds(5))
			.buildAsync(URI.create("ws://" + bolt.getHost() + ":" + bolt.getPort()), listener)
			.get(10, TimeUnit.SECONDS);
		try {
			// Magic 0x6060B017, then Bolt 5.0 (HELLO still carries the credentials) and three empty proposals.
			socket.sendBinary(ByteBuffer.wrap(new byte[] { 0x60, 0x60, (byte) 0xB0, 0x17, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0,
					0, 0, 0, 0, 0 }), true).get(5, TimeUnit.SECONDS);
			var version = handshake.get(10, TimeUnit.SECONDS);
			if (version[3] != 5) {
				throw new AssertionError("Bolt 5.0 not agreed: " + java.util.Arrays.toString(version));
			}
			var extra = new LinkedHashMap<String, String>();
			extra.put("user_agent", "evil-page/1.0");
			extra.putAll(auth);
			var hello = new ByteArrayOutputStream();
			hello.write(0xB1); // a structure of one field
			hello.write(0x01); // HELLO
			hello.write(0xA0 + extra.size());
			extra.forEach((key, value) -> {
				string(hello, key);
				string(hello, value);
			});
			var body = hello.toByteArray();
			var message = ByteBuffer.allocate(body.length + 4);
			message.putShort((short) body.length).put(body).putShort((short) 0).flip();
			socket.sendBinary(message, true).get(5, TimeUnit.SECONDS);
			var answer = reply.get(10, TimeUnit.SECONDS);
			return switch (answer[1]) {
				case 0x70 -> true;
				case 0x7F -> false;
				default -> throw new AssertionError("neither SUCCESS nor FAILURE: " + java.util.Arrays.toString(answer));
			};
		}
		finally {
			socket.abort();
		}
	}

	/** A PackStream string of under 256 bytes. */
	private static void string(ByteArrayOutputStream out, String text) {
		var bytes = text.getBytes(StandardCharsets.UTF_8);
		if (bytes.length < 16) {
			out.write(0x80 + bytes.length);
		}
		else {
			out.write(0xD0);
			out.write(bytes.length);
		}
		out.writeBytes(bytes);
	}

}
