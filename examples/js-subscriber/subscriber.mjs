// Reads one ITC Renewal topic from the beginning and checks every record against its published schema.
// Usage: node subscriber.mjs <topic> [seconds]   (KAFKA=host:port, default 127.0.0.1:19092)
import { readFileSync } from 'node:fs';
import { Kafka as KafkaClient, logLevel } from 'kafkajs';
import { Kafka as CloudEventsKafka } from 'cloudevents';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const topic = process.argv[2] ?? 'itc.renewal.events';
const seconds = Number(process.argv[3] ?? 10);
const schemaFolder = new URL('../../docs/schemas/', import.meta.url);
const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
const validators = new Map();

function validatorFor(dataschema) {
  const type = dataschema.replace('urn:itc-renewal:schema:', '');
  if (!validators.has(type)) {
    const schema = JSON.parse(readFileSync(new URL(`${type}.json`, schemaFolder), 'utf8'));
    validators.set(type, ajv.compile(schema));
  }
  return validators.get(type);
}

// kafkajs gives every header value as a Buffer; the CloudEvents binding expects text.
function decodeHeaders(headers) {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, value?.toString('utf8')]));
}

const kafka = new KafkaClient({ brokers: [process.env.KAFKA ?? '127.0.0.1:19092'], logLevel: logLevel.WARN });
const consumer = kafka.consumer({ groupId: `js-subscriber-${Date.now()}`, allowAutoTopicCreation: false });
let read = 0;
let invalid = 0;
await consumer.connect();
await consumer.subscribe({ topic, fromBeginning: true });
await consumer.run({
  eachMessage: async ({ message }) => {
    if (message.value === null) {
      console.log(`${message.key} tombstone: erase this holder`);
      return;
    }
    const event = CloudEventsKafka.toEvent({
      key: message.key.toString('utf8'),
      value: message.value.toString('utf8'),
      headers: decodeHeaders(message.headers),
    });
    const validate = validatorFor(event.dataschema);
    read++;
    if (!validate(event.data)) {
      invalid++;
      console.log(`INVALID ${event.type} ${event.id}`, validate.errors);
    } else {
      console.log(`${event.subject} ${event.type} (${event.dataversion}) ${event.id} ${event.time}`);
    }
  },
});
setTimeout(async () => {
  await consumer.disconnect();
  console.log(`${read} records read, ${invalid} invalid`);
  process.exit(invalid === 0 ? 0 : 1);
}, seconds * 1000);
