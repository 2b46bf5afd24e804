package io.chaingraph.standalone;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The standalone service started as {@code ./chaingraph serve} starts it, on a free HTTP port, with a plain client. */
final class RunningService implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final int port;

	private RunningService(ConfigurableApplicationContext context) {
		this.context = context;
		this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	static RunningService start(String... args) {
		var all = new String[args.length + 1];
		all[0] = "--server.port=0";
		System.arraycopy(args, 0, all, 1, args.length);
		return new RunningService(SpringApplication.run(StandaloneApplication.class, all));
	}

	/** The HTTP port the service took. */
	int port() {
		return this.port;
	}

	ConfigurableApplicationContext context() {
		return this.context;
	}

	HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> graphQl(String query) throws IOException, InterruptedException {
		var body = "{\"query\":\"" + query.replace("\"", "\\\"") + "\"}";
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Stops the service; returns how long that took in milliseconds. */
	long stop() {
		long started = System.nanoTime();
		this.context.close();
		return (System.nanoTime() - started) / 1_000_000;
	}

	@Override
	public void close() {
		if (this.context.isActive()) {
			this.context.close();
		}
	}

}
