package be.ibefe.avis.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.bassin.TypesDeTest;
import be.ibefe.avis.dossier.ChampDonnees.Booleen;
import be.ibefe.avis.dossier.ChampDonnees.Code;
import be.ibefe.avis.dossier.ChampDonnees.Entier;
import be.ibefe.avis.dossier.ChampDonnees.Liste;
import be.ibefe.avis.dossier.ChampDonnees.Montant;
import be.ibefe.avis.dossier.ChampDonnees.Texte;
import be.ibefe.avis.dossier.ChampDonnees.Textes;
import be.ibefe.avis.system.ChampErreur;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data schema of a type declared by configuration, read from its JSON Schema file. */
class SchemaJsonTest {

    @TempDir
    Path dossier;

    @Test
    void the_test_types_schema_gives_each_kind_of_field_with_its_label_and_limits() {
        List<ChampDonnees> champs = SchemaJson.lire("classpath:types/essai.schema.json");

        assertThat(champs).containsExactly(
                new Texte("projet", "Projet", true, 300),
                new Montant("montant", "Montant demandé", true, new BigDecimal("100000")),
                new Code("public", "Public visé", true, List.of("JEUNES", "ADULTES")),
                new Entier("heures", "Heures de formation", false, 1, 2000),
                new Booleen("innovant", "Projet innovant", false),
                new Liste("partenaires", "Partenaires", true, 1, 5,
                        List.of(new Texte("nom", "Nom du partenaire", true, 100))));
    }

    @Test
    void a_declared_types_fields_check_a_request_and_a_schema_missing_or_unreadable_is_named() throws IOException {
        AvisType essai = TypesDeTest.declarer("ESSAI", "Essai", "classpath:types/essai.schema.json", null);
        AvisType sansSchema = TypesDeTest.declarer("ESSAI_SANS", "Essai sans schéma", null, null);
        AvisType absent = TypesDeTest.declarer("ESSAI_ABSENT", "Essai absent", "classpath:types/absent.json", null);
        AvisType illisible = TypesDeTest.declarer("ESSAI_ILLISIBLE", "Essai illisible",
                ecrire("{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"string\", \"maxLength\": 3}}}"),
                null);
        try {
            assertThat(SchemasDonnees.manque(essai)).isEmpty();
            assertThat(SchemasDonnees.verifier(essai, JsonNodeFactory.instance.objectNode().put("heures", 2001)))
                    .extracting(ChampErreur::champ).containsExactly("donnees.projet", "donnees.montant",
                            "donnees.public", "donnees.heures", "donnees.partenaires");
            assertThat(SchemasDonnees.manque(sansSchema)).contains(
                    "son schéma de données (avis.types.ESSAI_SANS.schema, un fichier JSON Schema)");
            assertThat(SchemasDonnees.champs(sansSchema)).isNull();
            assertThat(SchemasDonnees.manque(absent)).contains("un schéma de données lisible "
                    + "(avis.types.ESSAI_ABSENT.schema : le fichier classpath:types/absent.json est absent)");
            assertThat(SchemasDonnees.manque(illisible)).hasValueSatisfying(m -> assertThat(m)
                    .endsWith("donnees.a n'a pas de libellé en français (« title »))"));
        } finally {
            List.of(essai, sansSchema, absent, illisible).forEach(TypesDeTest::retirer);
        }
    }

    @Test
    void what_the_fields_cannot_hold_is_refused_naming_the_property() throws IOException {
        assertRefus("pas du json", "n'est pas du JSON lisible");
        assertRefus("{\"type\": \"array\"}", "ne décrit pas un objet");
        assertRefus("{\"type\": \"object\", \"properties\": {}}", "ne décrit aucune donnée");
        assertRefus(objet("\"a\": {\"title\": \"A\", \"type\": \"string\"}"),
                "donnees.a : « maxLength » est obligatoire (un nombre)");
        assertRefus(objet("\"a\": {\"title\": \"A\", \"type\": \"string\", \"maxLength\": 2.5}"),
                "donnees.a : « maxLength » doit être un nombre entier");
        assertRefus(objet("\"a\": {\"title\": \"A\", \"type\": \"string\", \"maxLength\": -1}"),
                "donnees.a : « maxLength » doit être un nombre positif");
        assertRefus(objet("\"a\": {\"title\": \"A\", \"type\": \"null\"}"),
                "donnees.a : le type « null » n'est pas pris en charge");
        assertRefus(objet("\"a\": {\"title\": \"A\", \"type\": \"string\", \"enum\": []}"),
                "donnees.a : « enum » ne donne aucun code");
        assertRefus(objet("\"a\": {\"title\": \"A\", \"type\": \"array\", \"items\": {\"type\": \"integer\"}}"),
                "donnees.a : une liste (« array ») a pour « items » des codes, des textes ou des objets");
        assertRefus("{\"type\": \"object\", \"required\": [\"b\"], \"properties\": {\"a\": {\"title\": \"A\", "
                + "\"type\": \"boolean\"}}}", "donnees : « required » nomme b, qui n'est pas dans ses « properties »");
        assertRefus(objet("\"o\": {\"title\": \"O\", \"type\": \"object\", \"properties\": {\"x\": {\"type\": "
                + "\"boolean\"}}}"), "donnees.o.x n'a pas de libellé en français (« title »)");
    }

    @Test
    void lists_of_codes_and_of_texts() throws IOException {
        assertThat(SchemaJson.lire(ecrire(objet("\"c\": {\"title\": \"C\", \"type\": \"array\", \"items\": "
                + "{\"type\": \"string\", \"enum\": [\"X\", \"Y\"]}}, \"t\": {\"title\": \"T\", \"type\": \"array\", "
                + "\"maxItems\": 4, \"items\": {\"type\": \"string\", \"maxLength\": 20}}")))).containsExactly(
                new ChampDonnees.Codes("c", "C", false, List.of("X", "Y")), new Textes("t", "T", false, 4, 20));
    }

    private void assertRefus(String schema, String message) throws IOException {
        String emplacement = ecrire(schema);
        assertThatThrownBy(() -> SchemaJson.lire(emplacement)).isInstanceOf(SchemaJson.SchemaIllisible.class)
                .hasMessageContaining(message);
    }

    private static String objet(String proprietes) {
        return "{\"type\": \"object\", \"properties\": {" + proprietes + "}}";
    }

    private String ecrire(String contenu) throws IOException {
        Path fichier = Files.createTempFile(dossier, "schema", ".json");
        Files.writeString(fichier, contenu);
        return fichier.toUri().toString();
    }
}
