package io.chaingraph.standalone.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The load generator's HTTP/1.1 client: kept-alive sockets, one per concurrent caller (taken from an idle pool,
 * given back after the answer), blocking reads and writes on the caller's thread, nothing else. The JDK's
 * {@code HttpClient} hands every exchange to a selector thread and an executor and back: in an async-profiler run
 * of {@code bench api} its threads took about 5 % of the process's CPU, on the same two cores as the service, so the
 * client's own cost showed up as API latency. Knows just what the benchmark needs: POST with a body, a response with {@code Content-Length} or chunked, {@code Connection: close}.
 */
final class LoopbackHttp implements AutoCloseable {

	/** A status code and the body as text. */
	record Response(int status, String body) {
	}

	private final String host;

	private final int port;

	private final String path;

	private final Queue<Connection> idle = new ConcurrentLinkedQueue<>();

	LoopbackHttp(String host, int port, String path) {
		this.host = host;
		this.port = port;
		this.path = path;
	}

	/** POSTs a JSON body on an idle connection, or a new one (also after the server closed one). */
	Response post(String json) throws IOException {
		var connection = this.idle.poll();
		if (connection == null) {
			connection = new Connection(new Socket(this.host, this.port));
		}
		try {
			var response = connection.exchange(this.host + ":" + this.port, this.path, json);
			if (connection.closeAfter) {
				connection.close();
			}
			else {
				this.idle.add(connection);
			}
			return response;
		}
		catch (IOException | RuntimeException ex) {
			connection.close();
			throw ex;
		}
	}

	@Override
	public void close() {
		for (var connection = this.idle.poll(); connection != null; connection = this.idle.poll()) {
			connection.close();
		}
	}

	private static final class Connection {

		private final Socket socket;

		private final InputStream in;

		private final OutputStream out;

		private boolean closeAfter;

		Connection(Socket socket) throws IOException {
			this.socket = socket;
			socket.setTcpNoDelay(true);
			this.in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
			this.out = socket.getOutputStream();
		}

		Response exchange(String authority, String path, String json) throws IOException {
			var body = json.getBytes(StandardCharsets.UTF_8);
			var head = ("POST " + path + " HTTP/1.1\r\nHost: " + authority
					+ "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + body.length
					+ "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
			var request = new byte[head.length + body.length];
			System.arraycopy(head, 0, request, 0, head.length);
			System.arraycopy(body, 0, request, head.length, body.length);
			this.out.write(request);
			this.out.flush();

			var status = line();
			if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
				throw new IOException("not an HTTP/1.1 response: " + status);
			}
			int code = Integer.parseInt(status.substring(9, 12));
			long length = -1;
			boolean chunked = false;
			for (var header = line(); !header.isEmpty(); header = line()) {
				int colon = header.indexOf(':');
				if (colon < 0) {
					continue;
				}
				var name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
				var value = header.substring(colon + 1).trim();
				switch (name) {
					case "content-length" -> length = Long.parseLong(value);
					case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
					case "connection" -> this.closeAfter = value.equalsIgnoreCase("close");
					default -> {
					}
				}
			}
			var content = new ByteArrayOutputStream();
			if (chunked) {
				for (long size = Long.parseLong(chunkSize(line()), 16); size > 0;
						size = Long.parseLong(chunkSize(line()), 16)) {
					copy(size, content);
					line(); // the CRLF after each chunk
				}
				while (!line().isEmpty()) {
					// trailers, if any
				}
			}
			else if (length >= 0) {
				copy(length, content);
			}
			else {
				throw new IOException("response without Content-Length or chunked encoding");
			}
			return new Response(code, content.toString(StandardCharsets.UTF_8));
		}

		private static String chunkSize(String line) {
			int semicolon = line.indexOf(';');
			return (semicolon < 0 ? line : line.substring(0, semicolon)).trim();
		}

		private void copy(long length, ByteArrayOutputStream into) throws IOException {
			var buffer = new byte[(int) Math.min(length, 64 * 1024)];
			for (long left = length; left > 0;) {
				int read = this.in.read(buffer, 0, (int) Math.min(buffer.length, left));
				if (read < 0) {
					throw new EOFException("response ended " + left + " bytes early");
				}
				into.write(buffer, 0, read);
				left -= read;
			}
		}

		/** One header line without its CRLF (ASCII, as HTTP/1.1 heads are). */
		private String line() throws IOException {
			var line = new StringBuilder(64);
			for (int c = this.in.read(); c != '\n'; c = this.in.read()) {
				if (c < 0) {
					throw new EOFException("connection closed mid-response");
				}
				if (c != '\r') {
					line.append((char) c);
				}
			}
			return line.toString();
		}

		void close() {
			try {
				this.socket.close();
			}
			catch (IOException ex) {
				// nothing left to do with a socket that will not close; the benchmark goes on without it
			}
		}

	}

}
