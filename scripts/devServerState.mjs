// Where `npm start` (Linux) records the dev server it launched, so `npm run stop` can end it.
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("..", import.meta.url));
export const stateDir = fileURLToPath(new URL("../.tmp/", import.meta.url));
export const pidFile = `${stateDir}dev-server.pid`;
export const logFile = `${stateDir}dev-server.log`;
export const port = Number(process.env.npm_package_config_dev_server_port ?? 3000);
