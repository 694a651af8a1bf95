import { administersUnit, governs } from '../../../platform/auth/access';
import { ref } from '../../../platform/server/subgraph';
import type { Context } from '../context';
import type {
  InboxConnectionResolvers,
  MutationResolvers,
  NotificationResolvers,
  NotificationSubjectResolvers,
  QueryResolvers,
  WebhookDeliveryResolvers,
  WebhookResolvers,
} from '../generated/resolvers';
import type { NotificationDoc } from '../models';
import { visibleActivity, visibleClaim, visibleItem, visibleRequest } from '../loaders/visible';
import * as notifications from '../app/notifications';
import * as webhooks from '../app/webhooks';

/** A notification's subject as the caller may see it now (null otherwise), tagged with its type. */
async function subjectOf(n: NotificationDoc, ctx: Context) {
  const id = String(n.subject.id);
  const tag = <T extends object>(typename: string, doc: T | null) => (doc ? Object.assign(Object.create(null), doc, { __typename: typename }) : null);
  switch (n.subject.type) {
    case 'NEED':
      return tag('Need', await visibleItem(ctx, id, 'NEED'));
    case 'OFFER':
      return tag('Offer', await visibleItem(ctx, id, 'OFFER'));
    case 'PROJECT':
      return tag('Project', await visibleItem(ctx, id, 'PROJECT'));
    case 'CLAIM':
      return tag('Claim', await visibleClaim(ctx, id));
    case 'REQUEST':
      return tag('Request', await visibleRequest(ctx, id));
    case 'ACTIVITY':
      return tag('Activity', await visibleActivity(ctx, id));
    case 'INVITATION': {
      // An invitation is read by its unit and by the committees over its need.
      const invitation = await ctx.loaders.invitation.load(id);
      const need = invitation ? await ctx.loaders.item.load(String(invitation.needId)) : null;
      const sees = invitation && need && (administersUnit(ctx.principal, invitation.unitId) || governs(ctx.principal, need.territoryPath));
      return tag('Invitation', sees ? invitation : null);
    }
    default:
      return null;
  }
}

export const Notification: NotificationResolvers = {
  id: (n) => String(n._id),
  subject: (n, _args, ctx) => subjectOf(n, ctx),
};

export const NotificationSubject: NotificationSubjectResolvers = {
  __resolveType: (subject) => (subject as unknown as { __typename: 'Need' }).__typename,
};

export const InboxConnection: InboxConnectionResolvers = {
  unreadCount: (inbox, _args, { models }) => notifications.unreadCount(models, inbox.recipientId),
};

export const Webhook: WebhookResolvers = {
  id: (w) => String(w._id),
  street: (w) => ({ ...ref(w.streetId), kind: 'STREET' }),
  deliveries: (w, { status, first, after }, { loaders }) =>
    loaders.deliveriesOfWebhook.load({ parent: String(w._id), first, after, filter: status ? { status } : undefined }),
};

export const WebhookDelivery: WebhookDeliveryResolvers = {
  id: (d) => String(d._id),
};

export const NotificationQuery: Pick<QueryResolvers, 'inbox' | 'webhooks'> = {
  inbox: (_root, args, ctx) => notifications.inbox(ctx, args),
  webhooks: (_root, args, ctx) => webhooks.webhooks(ctx, args),
};

export const NotificationMutation: Pick<MutationResolvers, 'markNotificationsRead' | 'registerWebhook' | 'removeWebhook'> = {
  markNotificationsRead: (_root, args, ctx) => notifications.markNotificationsRead(ctx, args),
  registerWebhook: (_root, args, ctx) => webhooks.registerWebhook(ctx, args),
  removeWebhook: (_root, args, ctx) => webhooks.removeWebhook(ctx, args),
};


