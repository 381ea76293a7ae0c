package be.ibefe.avis.lifecycle;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.PrimitiveValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * The engine keeps a string variable in a column of {@value #COLONNE} characters ({@code ACT_RU_VARIABLE.TEXT_}, and
 * its history): a motivation of 8 000 characters, which the forms and the API accept, would make the completion of a
 * task or the closure of a séance fail. A longer string is kept in the engine's byte array table instead, still as a
 * string: every process, delegate and Cockpit reads it as before.
 */
@Component
class TextesLongs extends AbstractProcessEnginePlugin {

    static final int COLONNE = 4000;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreVariableSerializers() == null) {
            configuration.setCustomPreVariableSerializers(new ArrayList<>());
        }
        configuration.getCustomPreVariableSerializers().add(new Serialiseur());
    }

    /** Chosen before the engine's own string serializer, for the strings it could not store. */
    static final class Serialiseur extends PrimitiveValueSerializer<StringValue> {

        static final String NOM = "texteLong";

        Serialiseur() {
            super(ValueType.STRING);
        }

        @Override
        public String getName() {
            return NOM;
        }

        @Override
        protected boolean canWriteValue(TypedValue valeur) {
            return valeur.getValue() instanceof String texte && texte.length() > COLONNE;
        }

        @Override
        public StringValue convertToTypedValue(UntypedValueImpl valeur) {
            return Variables.stringValue((String) valeur.getValue(), valeur.isTransient());
        }

        @Override
        public void writeValue(StringValue valeur, ValueFields champs) {
            champs.setByteArrayValue(valeur.getValue().getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public StringValue readValue(ValueFields champs, boolean transitoire) {
            byte[] octets = champs.getByteArrayValue();
            return Variables.stringValue(octets == null ? null : new String(octets, StandardCharsets.UTF_8),
                    transitoire);
        }
    }
}
