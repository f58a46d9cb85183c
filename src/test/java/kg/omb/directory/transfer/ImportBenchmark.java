package kg.omb.directory.transfer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import kg.omb.OmbApplication;
import kg.omb.shared.table.TableFormat;
import kg.omb.shared.table.TableWriter;

/**
 * Imports a generated file of 5,000 organisations and one of 5,000 classifier entries (a tree of 50 groups, 450
 * directions, 4,500 specialties), as CSV and as XLSX, each into a fresh database, then the same file again (every
 * row unchanged), and prints the wall time of each import and the peak heap the JVM saw during it. Run by
 * {@code bench/import.sh}, never by the build's tests.
 * <p>
 * Arguments: {@code [rows] [postgres-url]}; with a PostgreSQL URL (user from {@code BENCH_PG_USER}, default
 * {@code postgres}) every run is repeated there, each in a database of its own, dropped afterwards.
 */
public final class ImportBenchmark {

	private static final long MB = 1024 * 1024;

	private ImportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
		String postgres = args.length > 1 ? args[1] : null;
		System.out.printf(Locale.ROOT, "%-10s %-13s %-5s %6s %-9s %8s %8s %-9s %8s %14s%n", "database", "kind",
				"form", "rows", "first", "created", "seconds", "again", "seconds", "heap before/peak");
		for (ImportKind kind : ImportKind.values()) {
			for (TableFormat format : TableFormat.values()) {
				byte[] file = file(kind, format, rows);
				run("H2", kind, format, rows, file, "jdbc:h2:mem:bench-" + UUID.randomUUID()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=0", "sa");
				if (postgres != null) {
					String user = System.getenv().getOrDefault("BENCH_PG_USER", "postgres");
					String name = "omb_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
					execute(postgres, user, "create database " + name);
					try {
						run("PostgreSQL", kind, format, rows, file,
								postgres.substring(0, postgres.lastIndexOf('/') + 1) + name, user);
					}
					finally {
						execute(postgres, user, "drop database if exists " + name + " with (force)");
					}
				}
			}
		}
		System.exit(0);
	}

	private static void run(String database, ImportKind kind, TableFormat format, int rows, byte[] file, String url,
			String user) throws Exception {
		Path data = Files.createTempDirectory("omb-bench-");
		// as command-line arguments, which win over application.yml (default properties would not)
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(OmbApplication.class)
			.run("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
					"--spring.datasource.password=", "--omb.data-dir=" + data, "--omb.demo-data.enabled=false",
					"--omb.admin.password=bench-platform-key-0427", "--server.port=0", "--logging.level.root=WARN",
					"--logging.file.name=", "--spring.main.banner-mode=off")) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			jdbc.update("""
					insert into authorized_body (code, name_ky, created_at, updated_at)
					values ('MON', 'Билим берүү жана илим министрлиги', current_timestamp, current_timestamp)""");
			Imports imports = context.getBean(Imports.class);
			SecurityContextHolder.getContext().setAuthentication(TransferFixtures.admin());
			Measured first = measure(imports, jdbc, kind, format, file);
			Measured again = measure(imports, jdbc, kind, format, file);
			System.out.printf(Locale.ROOT, "%-10s %-13s %-5s %6d %-9s %8d %8.1f %-9s %8.1f %6d/%4d MB%n", database,
					kind, format, rows, first.phase, first.view.counts().created(), first.seconds, again.phase,
					again.seconds, first.baselineMegabytes, Math.max(first.peakMegabytes, again.peakMegabytes));
		}
		finally {
			SecurityContextHolder.clearContext();
			try (var files = Files.walk(data)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	/** Wall time of one import, and the most heap in use while it ran beyond what was in use before it. */
	private static Measured measure(Imports imports, JdbcTemplate jdbc, ImportKind kind, TableFormat format,
			byte[] file) throws InterruptedException {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		long baseline = memory.getHeapMemoryUsage().getUsed();
		AtomicLong peak = new AtomicLong(baseline);
		AtomicBoolean running = new AtomicBoolean(true);
		Thread sampler = new Thread(() -> {
			while (running.get()) {
				peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				LockSupport.parkNanos(5_000_000);
			}
		}, "heap-sampler");
		sampler.start();
		long start = System.nanoTime();
		long id = imports.start(kind, new ByteArrayInputStream(file), "bench." + format.extension(), file.length);
		String phase = TransferFixtures.awaitFinished(jdbc, id, java.time.Duration.ofMinutes(30));
		double seconds = (System.nanoTime() - start) / 1e9;
		running.set(false);
		sampler.join();
		return new Measured(phase, seconds, baseline / MB, peak.get() / MB, imports.job(id));
	}

	static byte[] file(ImportKind kind, TableFormat format, int rows) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (TableWriter writer = TableWriter.of(format, out, "bench")) {
			if (kind == ImportKind.ORGANIZATIONS) {
				organizations(writer, rows);
			}
			else {
				classifier(writer, rows);
			}
			writer.finish();
		}
		return out.toByteArray();
	}

	private static void organizations(TableWriter writer, int rows) throws IOException {
		writer.row(List.of("code", "kind", "name_ky", "name_ru", "name_en", "sectors", "region", "special_status",
				"authority_code", "address", "website", "head_name", "head_position"));
		String[] regions = { "BATKEN", "JALAL_ABAD", "ISSYK_KUL", "NARYN", "OSH_REGION", "TALAS", "CHUY",
				"BISHKEK_CITY", "OSH_CITY" };
		for (int i = 1; i <= rows; i++) {
			boolean university = i % 3 == 0;
			writer.row(List.of(String.format(Locale.ROOT, "ORG%05d", i), university ? "UNIVERSITY" : "COLLEGE",
					"Билим берүү уюму № " + i + " (ң ө ү)", "Образовательная организация № " + i,
					"Education organisation No. " + i, university ? "HIGHER" : "SECONDARY_VOCATIONAL",
					regions[i % regions.length], "false", "MON", "Бишкек, Чүй проспекти, " + i,
					"https://org" + i + ".edu.kg", "Асанов Үсөн " + i, "ректор"));
		}
	}

	/** Groups of 9 directions with 10 specialties each (5,000 rows make 50 such groups). */
	private static void classifier(TableWriter writer, int rows) throws IOException {
		writer.row(List.of("code", "kind", "parent_code", "name_ky", "name_ru", "name_en", "levels", "introduced_on",
				"retired_on"));
		int written = 0;
		for (int group = 10; group < 100 && written < rows; group++) {
			String groupCode = group + "0000";
			writer.row(entry(groupCode, "GROUP", "", "", "Топ " + group));
			written++;
			for (int direction = 1; direction <= 9 && written < rows; direction++) {
				String directionCode = group + "0" + direction + "00";
				writer.row(entry(directionCode, "DIRECTION", groupCode, "BACHELOR;MASTER", "Багыт " + directionCode));
				written++;
				for (int specialty = 1; specialty <= 10 && written < rows; specialty++) {
					String code = group + "0" + direction + String.format(Locale.ROOT, "%02d", specialty);
					writer.row(entry(code, "SPECIALTY", directionCode, "SECONDARY_VOCATIONAL", "Адистик " + code));
					written++;
				}
			}
		}
	}

	private static List<String> entry(String code, String kind, String parent, String levels, String name) {
		return List.of(code, kind, parent, name + " ң ө ү", "Наименование " + code, "Name " + code, levels,
				"2020-09-01", "");
	}

	private static void execute(String url, String user, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, user, "");
				var statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private record Measured(String phase, double seconds, long baselineMegabytes, long peakMegabytes,
			ImportJobView view) {
	}

}
