import { buildConfig } from 'payload'

import { createAppConfig } from './appConfig.js'

/** The app's config (see `appConfig.ts`); `getPayload({ config })` works from any script. */
export default buildConfig(createAppConfig())
