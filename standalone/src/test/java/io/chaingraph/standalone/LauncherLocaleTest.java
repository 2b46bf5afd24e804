package io.chaingraph.standalone;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The {@code ./chaingraph} launcher as a cron job or a systemd unit runs it: no LANG, or LANG=C, or a LANG whose locale
 * is not installed, all the POSIX locale, where Java read a Chinese data set folder on the command line as '?' (a
 * stack trace, exit code 1) and wrote every Chinese word of a load's output as '?'. The real launcher, copied beside
 * a built jar it takes as current and a "JDK" whose java says the locale it was started in and its arguments.
 */
class LauncherLocaleTest {

	private static final Path LAUNCHER = Path.of(System.getProperty("chaingraph.repo.root", ".."), "chaingraph");

	@TempDir
	Path root;

	private Path jdk;

	@BeforeEach
	void aLauncherWithABuiltJarAndAJdk() throws IOException {
		assumeTrue(Files.isExecutable(Path.of("/bin/bash")) && Files.isExecutable(Path.of("/usr/bin/env")), "Linux");
		// this JVM hands the test's Chinese argument to the launcher as UTF-8 bytes
		assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")), "this JVM runs in a UTF-8 locale");
		assumeTrue(run(List.of("/usr/bin/env", "LC_ALL=C.UTF-8", "locale", "charmap")).strip().equals("UTF-8"),
				"a UTF-8 locale is installed (C.UTF-8)");
		Files.copy(LAUNCHER, this.root.resolve("chaingraph"), StandardCopyOption.COPY_ATTRIBUTES);
		var target = Files.createDirectories(this.root.resolve("standalone/target/extracted"));
		Files.writeString(target.getParent().resolve("chaingraph-standalone.jar"), "");
		Files.writeString(target.resolve("chaingraph-standalone.jar"), ""); // extracted after it: current
		this.jdk = Files.createDirectories(this.root.resolve("jdk/bin"));
		Files.writeString(this.jdk.getParent().resolve("release"), "JAVA_VERSION=\"25\"\n");
		var java = this.jdk.resolve("java");
		Files.writeString(java, """
				#!/bin/sh
				echo "charmap=$(locale charmap 2>/dev/null) LC_ALL=${LC_ALL-unset}"
				for argument in "$@"; do echo "argument=$argument"; done
				""");
		Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
	}

	@Test
	void javaRunsInAUtf8LocaleWhenTheOneGivenCannotWriteChinese() throws IOException {
		for (var lang : new String[] { null, "C", "POSIX", "xx_NOWHERE.UTF-8" }) {
			assertThat(launch(lang)).as("LANG=%s", lang)
				.contains("charmap=UTF-8 LC_ALL=C.UTF-8", "argument=/srv/南昌 招商数据");
		}
	}

	@Test
	void aUtf8LocaleGivenIsKept() throws IOException {
		assertThat(launch("C.UTF-8")).contains("charmap=UTF-8 LC_ALL=unset", "argument=/srv/南昌 招商数据");
	}

	/** {@code ./chaingraph template '/srv/南昌 招商数据'} with no environment but PATH, HOME and LANG, as cron has it. */
	private String launch(String lang) throws IOException {
		var command = new java.util.ArrayList<>(List.of("/usr/bin/env", "-i", "PATH=/usr/bin:/bin", "HOME=" + this.root,
				"JAVA_HOME=" + this.jdk.getParent()));
		if (lang != null) {
			command.add("LANG=" + lang);
		}
		command.addAll(List.of(this.root.resolve("chaingraph").toString(), "template", "/srv/南昌 招商数据"));
		return run(command);
	}

	private static String run(List<String> command) throws IOException {
		var process = new ProcessBuilder(command).redirectErrorStream(true).start();
		try (var output = process.getInputStream()) {
			var said = new String(output.readAllBytes(), StandardCharsets.UTF_8); // until it ends
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s ends", command).isTrue();
			return said;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		finally {
			process.destroyForcibly();
		}
	}

}
