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

/**
 * Web push on this device: the browser's push subscription, made with the platform's VAPID public key
 * (GET /push/vapid-public-key) and told to the server (POST /me/push-subscriptions), or undone
 * (DELETE /me/push-subscriptions). Permission is asked only from enablePush, which the account screen calls
 * from the resident's click.
 */

import { get, post, call } from './api.js';

/** Whether this browser can receive web push at all. */
export function pushSupported() {
  return 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
}

/** Whether the resident blocked notifications for this site (only the browser's settings can undo it). */
export function pushBlocked() {
  return pushSupported() && Notification.permission === 'denied';
}

function bytes(base64Url) {
  const base64 = base64Url.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(base64Url.length / 4) * 4, '=');
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

function sameKey(buffer, base64Url) {
  if (!buffer) {
    return false;
  }
  const a = new Uint8Array(buffer);
  const b = bytes(base64Url);
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/** The service worker's registration (app.js registers it), or null: never waits for one that may not come. */
async function registration() {
  return (await navigator.serviceWorker.getRegistration('/')) || null;
}

/** This browser's current subscription, or null. */
export async function currentSubscription() {
  if (!pushSupported()) {
    return null;
  }
  const worker = await registration();
  return worker ? worker.pushManager.getSubscription() : null;
}

/**
 * Asks permission, subscribes this browser and tells the server.
 * @returns true once subscribed, false if the resident did not allow notifications
 */
export async function enablePush() {
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') {
    return false;
  }
  const { publicKey } = await get('/push/vapid-public-key');
  const worker = await registration();
  if (!worker) {
    throw new Error('No service worker');
  }
  let subscription = await worker.pushManager.getSubscription();
  // Made with keys the platform no longer has (an operator rotated them): a new one is needed.
  if (subscription && !sameKey(subscription.options.applicationServerKey, publicKey)) {
    await subscription.unsubscribe();
    subscription = null;
  }
  if (!subscription) {
    subscription = await worker.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: bytes(publicKey) });
  }
  const json = subscription.toJSON();
  await post('/me/push-subscriptions', { endpoint: json.endpoint, keys: { p256dh: json.keys.p256dh, auth: json.keys.auth } });
  return true;
}

/** Unsubscribes this browser and tells the server to forget it. */
export async function disablePush() {
  const subscription = await currentSubscription();
  if (!subscription) {
    return;
  }
  const { endpoint } = subscription;
  await subscription.unsubscribe();
  await call('DELETE', '/me/push-subscriptions', { query: { endpoint } });
}
