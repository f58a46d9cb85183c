package kg.omb.shared.table;

import java.time.LocalDateTime;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Formats cells as the workbook shows them, except that a date (a number with a date format, as a spreadsheet makes
 * of a date someone typed) becomes an ISO date, {@code 2024-09-01}, whatever the workbook's locale: the import reads
 * dates in that form only. Numbers are formatted without a locale, so a code typed as a number stays its digits.
 */
final class IsoDateFormatter extends DataFormatter {

	IsoDateFormatter() {
		super(Locale.ROOT);
	}

	@Override
	public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
		if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
			LocalDateTime moment = DateUtil.getLocalDateTime(value, use1904Windowing);
			if (moment.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
				return moment.toLocalDate().toString();
			}
			return moment.toString();
		}
		return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
	}

}
