package kg.omb.directory.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import kg.omb.shared.Bishkek;

/** Dates as the directory's pages show them: days as dd.MM.yyyy, moments in Asia/Bishkek. */
@Component("directoryDates")
class DirectoryDates {

	static final ZoneId BISHKEK = Bishkek.ZONE;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	public String date(@Nullable LocalDate day) {
		return day == null ? "" : DAY.format(day);
	}

	public String dateTime(@Nullable Instant moment) {
		return moment == null ? "" : MOMENT.format(moment.atZone(BISHKEK));
	}

}
