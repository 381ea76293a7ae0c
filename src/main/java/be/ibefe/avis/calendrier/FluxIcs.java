package be.ibefe.avis.calendrier;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Uid;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

/** The calendar as iCalendar (RFC 5545): every event a whole day or days, in French. */
final class FluxIcs {


    private FluxIcs() {
    }

    static String ecrire(String nom, List<Evenement> evenements) {
        ICalendar ical = new ICalendar();
        ical.setProductId("-//IBEFE//Moteur d'avis CSEF//FR");
        ical.setName(nom);
        for (Evenement e : evenements) {
            VEvent evenement = new VEvent();
            evenement.setUid(new Uid(e.uid() + "@avis-engine"));
            evenement.setSummary(e.titre()).setLanguage("fr");
            evenement.setDescription(e.description());
            evenement.addCategories(e.nature().libelle());
            evenement.setDateStart(new DateStart(jour(e.debut()), false));
            // DTEND of a whole-day event is the day after its last day (RFC 5545 § 3.6.1)
            evenement.setDateEnd(new DateEnd(jour(e.fin().plusDays(1)), false));
            ical.addEvent(evenement);
        }
        return Biweekly.write(ical).go();
    }

    /** biweekly writes a date without time in the JVM's zone: its midnight there is that day. */
    private static Date jour(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
