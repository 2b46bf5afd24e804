package io.chaingraph.standalone;

import java.net.URI;
import java.time.Duration;

import io.chaingraph.standalone.embedded.EmbeddedNeo4j;
import io.chaingraph.standalone.embedded.StorePassword;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started the service that it answers now, and where: one block in the log when Spring Boot reports it
 * ready (after the plans made ahead; {@code /actuator/health/readiness} is UP from then on), with the addresses as
 * bound. Without it the last line was Spring Boot's "Started ChainGraph in 17 s", seconds before the service was
 * ready, and nothing said which address to open.
 */
@Component
class ReadyBanner {

	private static final Logger log = LoggerFactory.getLogger(ReadyBanner.class);

	private final ObjectProvider<EmbeddedNeo4j> embedded;

	private final String externalUri;

	private final String address;

	private final String contextPath;

	ReadyBanner(ObjectProvider<EmbeddedNeo4j> embedded, @Value("${NEO4J_URI:}") String externalUri,
			@Value("${server.address:}") String address, @Value("${server.servlet.context-path:}") String contextPath) {
		this.embedded = embedded;
		this.externalUri = externalUri;
		this.address = address;
		this.contextPath = contextPath;
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
			log.info(text(web.getWebServer().getPort(), event.getTimeTaken()));
		}
	}

	String text(int port, Duration took) {
		var host = this.address.isBlank() || "0.0.0.0".equals(this.address) || "::".equals(this.address) ? "localhost"
				: this.address.contains(":") ? "[" + this.address + "]" : this.address;
		var http = "http://" + host + ":" + port + this.contextPath;
		var server = this.embedded.getIfAvailable();
		// The password in full, as Jupyter prints its token: this terminal is the user's, and Browser asks for it.
		var bolt = server != null ? server.boltUri() + "   embedded, user " + StorePassword.USER + ", password "
				+ server.password() + " (内置数据库：用户名 " + StorePassword.USER + "，密码)\n                  password kept in "
				+ server.passwordFile() + " (密码保存在此文件)"
				: withoutUserInfo(this.externalUri) + "   external (外部数据库)";
		var seconds = took == null ? "" : " in %.0f s".formatted(took.toMillis() / 1000.0);
		return """

				ChainGraph is ready%s (服务已就绪):
				  Home            %s/   downloads as Excel in the browser (首页：下载表格)
				  GraphiQL        %s/graphiql   try queries in the browser (在浏览器中试查询)
				  GraphQL         %s/graphql
				  Neo4j Browser   %s/browser/   the graph for analysts (图数据库浏览器)
				  Bolt            %s
				  Health          %s/actuator/health
				Ctrl-C stops it (按 Ctrl-C 停止服务).""".formatted(seconds, http, http, http, http, bolt, http);
	}

	/** A URI as a log may show it: user and password, should a NEO4J_URI carry them, left out. */
	private static String withoutUserInfo(String uri) {
		try {
			var parsed = URI.create(uri);
			return parsed.getUserInfo() == null ? uri
					: new URI(parsed.getScheme(), null, parsed.getHost(), parsed.getPort(), parsed.getPath(),
							parsed.getQuery(), parsed.getFragment()).toString();
		}
		catch (IllegalArgumentException | java.net.URISyntaxException ex) {
			return "(NEO4J_URI)";
		}
	}

}
