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

/** The REST API of /api/v1, and nothing else: the application holds no business rule of its own. */

import { language } from './i18n.js';
import { token, forget, accountId } from './session.js';
import { kept, keep, recall, markOffline } from './offline.js';

const BASE = '/api/v1';

/** An RFC 9457 problem the API answered. */
export class ApiError extends Error {
  constructor(status, problem, retryAfter = null) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
    /** Seconds to wait before trying again (a 429's Retry-After), or null. */
    this.retryAfter = retryAfter;
  }

  /**
   * Whether the problem's type is this one: the last segment of its type URI, after a '/' or a ':'
   * ("urn:entraide:problem:account-suspended" is "account-suspended").
   */
  isType(name) {
    const type = this.problem.type;
    return typeof type === 'string' && (type.endsWith(`/${name}`) || type.endsWith(`:${name}`));
  }
}

let onUnauthorized = () => {};

export function whenUnauthorized(handler) {
  onUnauthorized = handler;
}

function url(path, query) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query || {})) {
    if (value !== undefined && value !== null && value !== '') {
      params.set(key, value);
    }
  }
  const search = params.toString();
  return `${BASE}${path}${search ? `?${search}` : ''}`;
}

/** Retry-After as seconds from now: a number of seconds or an HTTP date (RFC 9110); null when absent or unreadable. */
function retryAfterSeconds(header) {
  if (!header) {
    return null;
  }
  if (/^\d+$/.test(header.trim())) {
    return Number(header.trim());
  }
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, Math.round((at - Date.now()) / 1000));
}

/**
 * Calls the API.
 * @returns the parsed JSON, or null for 204
 * @throws ApiError for any 4xx or 5xx
 */
export async function call(method, path, { body, query } = {}) {
  const headers = { Accept: 'application/json', 'Accept-Language': language() };
  const bearer = token();
  if (bearer) {
    headers.Authorization = `Bearer ${bearer}`;
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  const address = url(path, query);
  const keptForOffline = method === 'GET' && bearer && kept(path, query);
  let response;
  try {
    response = await fetch(address, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
      credentials: 'omit',
    });
  } catch (unreachable) {
    // No network: what this account last read here, if it was kept, read-only (offline.js).
    const last = keptForOffline ? await recall(accountId(), address) : undefined;
    if (last === undefined) {
      throw unreachable;
    }
    markOffline();
    return last;
  }
  if (response.status === 204) {
    return null;
  }
  const text = await response.text();
  let json = null;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      json = null; // not JSON
    }
  }
  if (!response.ok) {
    if (response.status === 401 && bearer && path !== '/sessions') {
      forget();
      onUnauthorized();
    }
    throw new ApiError(response.status, json, retryAfterSeconds(response.headers.get('Retry-After')));
  }
  if (keptForOffline) {
    keep(accountId(), address, json);
  }
  return json;
}

/**
 * Calls the API for something else than JSON (a printable sheet, a CSV file): the text of a 2xx answer.
 * @throws ApiError as call does
 */
export async function fetchText(path, { query, accept }) {
  const headers = { Accept: accept, 'Accept-Language': language() };
  const bearer = token();
  if (bearer) {
    headers.Authorization = `Bearer ${bearer}`;
  }
  const response = await fetch(url(path, query), { method: 'GET', headers, cache: 'no-store', credentials: 'omit' });
  const text = await response.text();
  if (!response.ok) {
    let json = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null; // not JSON
    }
    if (response.status === 401 && bearer) {
      forget();
      onUnauthorized();
    }
    throw new ApiError(response.status, json, retryAfterSeconds(response.headers.get('Retry-After')));
  }
  return text;
}

/** Offers text to the resident as a file to save (an export, a CSV), without leaving the page. */
export function saveFile(text, name, type) {
  const href = URL.createObjectURL(new Blob([text], { type }));
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.download = name;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  window.setTimeout(() => URL.revokeObjectURL(href), 10000);
}

export const get = (path, query) => call('GET', path, { query });
export const post = (path, body) => call('POST', path, { body: body === undefined ? {} : body });
export const patch = (path, body) => call('PATCH', path, { body });
export const put = (path, body) => call('PUT', path, { body });
export const del = (path) => call('DELETE', path);

/** Labels the API gives in the chosen language, fetched once per language. */
const cache = new Map();

export async function cached(path) {
  const key = `${language()} ${path}`;
  if (!cache.has(key)) {
    cache.set(key, get(path).catch((error) => {
      cache.delete(key);
      throw error;
    }));
  }
  return cache.get(key);
}

export const categories = () => cached('/categories');
export const actorTypes = () => cached('/actor-types');
export const operationTypes = () => cached('/operation-types');
export const radiusOptions = () => cached('/radius-options');
