package be.ibefe.avis.dossier;

import java.util.Optional;

/**
 * Belgian enterprise number (Banque-Carrefour des Entreprises): ten digits, the first 0 or 1, the last two equal to
 * 97 minus the first eight modulo 97. Accepts "0403.170.701", "0403170701", "BE 0403 170 701".
 */
public final class NumeroBce {

    private NumeroBce() {
    }

    /** The number written 0123.456.789, or empty when it is not a valid enterprise number. */
    public static Optional<String> normaliser(String saisie) {
        String chiffres = saisie.replaceFirst("^(?i)BE", "").replaceAll("[\\s.]", "");
        if (!chiffres.matches("[01]\\d{9}")) {
            return Optional.empty();
        }
        long base = Long.parseLong(chiffres.substring(0, 8));
        int controle = Integer.parseInt(chiffres.substring(8));
        if (97 - base % 97 != controle) {
            return Optional.empty();
        }
        return Optional.of(chiffres.substring(0, 4) + "." + chiffres.substring(4, 7) + "." + chiffres.substring(7));
    }
}
