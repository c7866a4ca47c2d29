package nl.commsaudit.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The official public holidays of one or more countries, from jollyday's maintained calendars instead
 * of a hand-kept list of dates. Only {@link HolidayType#PUBLIC_HOLIDAY} counts: jollyday also knows
 * observances (Goede Vrijdag in NL; 2 Nov, 15 Nov, 31 Dec in BE) that are working days.
 *
 * <p>Contested days, as chosen for the bol.com service norms: Goede Vrijdag is not an official Dutch
 * holiday and stays a working day; Bevrijdingsdag (5 May) is a holiday every year, because jollyday's
 * official Dutch calendar has it as one (as the Algemene termijnenwet does).
 *
 * <p>Thread-safe; the holidays of a year are computed once per country and cached.
 */
public final class HolidayCalendar {

    private static final Map<Country, HolidayManager> MANAGERS = new ConcurrentHashMap<>();
    private static final Map<Set<Country>, HolidayCalendar> CALENDARS = new ConcurrentHashMap<>();

    private final Set<Country> countries;
    private final Map<Integer, Map<LocalDate, String>> years = new ConcurrentHashMap<>();

    private HolidayCalendar(Set<Country> countries) {
        this.countries = Collections.unmodifiableSet(countries);
    }

    /** The union of the given countries' public holidays. */
    public static HolidayCalendar of(Country... countries) {
        EnumSet<Country> set = EnumSet.noneOf(Country.class);
        Collections.addAll(set, countries);
        return CALENDARS.computeIfAbsent(set, HolidayCalendar::new);
    }

    public Set<Country> countries() {
        return countries;
    }

    public boolean isHoliday(LocalDate date) {
        return holidays(date.getYear()).containsKey(date);
    }

    /** The holiday's name for evidence, e.g. "Bevrijdingsdag" or "Wapenstilstand". */
    public Optional<String> holidayName(LocalDate date) {
        return Optional.ofNullable(holidays(date.getYear()).get(date));
    }

    /** All holiday dates of a year. */
    public Set<LocalDate> dates(int year) {
        return holidays(year).keySet();
    }

    /**
     * Loads jollyday's holiday data of every country now, in the calling thread: jollyday finds its data
     * source with a ServiceLoader, which fails ("no implementations") when two partition threads do it
     * at the same time.
     */
    public static void preload() {
        for (Country country : Country.values()) {
            manager(country);
        }
    }

    private static HolidayManager manager(Country country) {
        synchronized (MANAGERS) {
            return MANAGERS.computeIfAbsent(country,
                    c -> HolidayManager.getInstance(ManagerParameters.create(c.name().toLowerCase(Locale.ROOT))));
        }
    }

    private Map<LocalDate, String> holidays(int year) {
        return years.computeIfAbsent(year, y -> {
            Map<LocalDate, String> dates = new HashMap<>();
            for (Country country : countries) {
                HolidayManager manager = manager(country);
                Locale language = country == Country.NL ? Locale.forLanguageTag("nl") : Locale.forLanguageTag("nl-BE");
                for (Holiday holiday : manager.getHolidays(Year.of(y), HolidayType.PUBLIC_HOLIDAY)) {
                    dates.merge(holiday.getActualDate(), holiday.getDescription(language) + " (" + country + ")",
                            (a, b) -> a + ", " + b);
                }
            }
            return Map.copyOf(dates);
        });
    }
}
