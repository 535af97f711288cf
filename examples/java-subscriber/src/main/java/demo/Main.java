// A subscriber outside the product using the installed contracts jar: every published type, its schema and the AsyncAPI document.
package demo;

import itc.renewal.contracts.EventContract;
import itc.renewal.contracts.EventTypes;

public class Main {
    public static void main(String[] args) throws Exception {
        for (EventContract contract : EventTypes.contracts()) {
            try (var schema = contract.schema()) {
                System.out.println(contract.type() + " " + contract.version() + " on " + contract.topic() + ": schema "
                        + schema.readAllBytes().length + " bytes, " + contract.dataSchema());
            }
        }
        try (var asyncapi = Main.class.getResourceAsStream("/itc/renewal/contracts/asyncapi.yaml")) {
            System.out.println("asyncapi.yaml: " + asyncapi.readAllBytes().length + " bytes");
        }
    }
}
